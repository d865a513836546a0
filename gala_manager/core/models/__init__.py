"""All ORM models of a gala file; importing this registers every table."""

# task_revisions registers the listener that stamps changed tasks (calendar SEQUENCE).
from gala_manager.core.models import task_revisions  # noqa: F401
from gala_manager.core.models.awards import (
    AudienceVote,
    AwardBasis,
    AwardCategory,
    AwardEntry,
    AwardSettings,
    Score,
    ScoreRule,
    TieBreak,
)
from gala_manager.core.models.base import Base
from gala_manager.core.models.contingency import (
    ContingencyPlan,
    ContingencySettings,
    PlanContact,
    PlanEquipment,
    PlanPost,
    PlanStep,
)
from gala_manager.core.models.draws import Draw, DrawName, DrawWinner, PoolKind, WinnerStatus
from gala_manager.core.models.gala import Gala
from gala_manager.core.models.guests import (
    Guest,
    GuestKind,
    GuestStatus,
    InvitationText,
    SeatingPlan,
    SeatNumbering,
)
from gala_manager.core.models.people import Department, Gender, Person
from gala_manager.core.models.programme import (
    Act,
    ActKind,
    ActStatus,
    MicKind,
    ProgrammeSettings,
    Rehearsal,
    RehearsalKind,
    RehearsalTiming,
    Section,
    SectionKind,
)
from gala_manager.core.models.quiz import PrizeHandout, QuizQuestion
from gala_manager.core.models.review import DepartmentReview, Review
from gala_manager.core.models.show import RehearsalEvent, ShowEvent
from gala_manager.core.models.sponsors import (
    PromiseKind,
    PromiseStatus,
    Sponsor,
    SponsorGoods,
    SponsorPromise,
    SponsorStatus,
)
from gala_manager.core.models.staff import (
    Duty,
    DutyPerson,
    PersonRole,
    Post,
    Role,
    Shift,
    StaffSettings,
)
from gala_manager.core.models.supplies import (
    SupplyBudget,
    SupplyCategory,
    SupplyItem,
    SupplySource,
    SupplyStatus,
)
from gala_manager.core.models.tasks import Phase, Task, TaskStatus, TaskStep

__all__ = [
    "Act", "ActKind", "ActStatus", "Base", "ContingencyPlan", "ContingencySettings", "Department",
    "DepartmentReview", "Duty", "DutyPerson", "Gala", "Gender", "MicKind", "Person", "PersonRole",
    "Phase", "PlanContact", "PlanEquipment", "PlanPost", "PlanStep", "Post", "ProgrammeSettings",
    "Rehearsal", "RehearsalEvent", "RehearsalKind", "RehearsalTiming", "Review", "Role", "Section",
    "SectionKind", "Shift", "ShowEvent", "StaffSettings", "SupplyBudget", "SupplyCategory",
    "SupplyItem", "SupplySource", "SupplyStatus", "Task", "TaskStatus", "TaskStep",
]
__all__ += ["PromiseKind", "PromiseStatus", "Sponsor", "SponsorGoods", "SponsorPromise",
            "SponsorStatus"]
__all__ += ["Guest", "GuestKind", "GuestStatus", "InvitationText", "SeatingPlan", "SeatNumbering"]
__all__ += ["Draw", "DrawName", "DrawWinner", "PoolKind", "WinnerStatus"]
__all__ += ["AudienceVote", "AwardBasis", "AwardCategory", "AwardEntry", "AwardSettings", "Score",
            "ScoreRule", "TieBreak"]
__all__ += ["PrizeHandout", "QuizQuestion"]
