"""The audience's view of the night: the live programme anyone in the hall can open.

`audience_snapshot` is built from a whitelist: the gala's name, theme, venue
and start, the acts as the printed programme shows them (number, title,
performers), which one is on stage and which is next, and the sponsors thanked.
Nothing else of the gala (contacts, phones, notes, statuses, incidents) is
read into it. `audience_server` serves it at the root of its own port, with no
key: a different server from the crew's, so it cannot reach the crew's view.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.app.formatting import format_date
from gala_manager.app.live.addresses import lan_addresses
from gala_manager.app.live.crew import file_mark
from gala_manager.app.live.pages import live_page
from gala_manager.app.live.server import LiveServer
from gala_manager.app.programme.wording import section_label
from gala_manager.app.sponsors.mentions import thanked_sponsors
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.models import ActKind
from gala_manager.core.programme.rows import PLAYABLE, ScheduledAct
from gala_manager.core.programme.schedule import running_order
from gala_manager.core.show.actions import read_show
from gala_manager.core.show.runs import unfinished_runs
from gala_manager.core.show.state import Outcome

translate = QCoreApplication.translate
# Without a clock on the page, only a change of the file matters; this is a safety net.
REFRESH_SECONDS = 5.0


def _labels() -> dict:
    return {
        "programme": translate("AudienceView", "Programme"),
        "on_stage": translate("AudienceView", "On stage"),
        "next": translate("AudienceView", "Next"),
        "sponsors": translate("AudienceView", "With thanks to our sponsors"),
        "intermission": translate("AudienceView", "Intermission"),
        "live": translate("AudienceView", "live"),
        "offline": translate("AudienceView", "reconnecting…"),
    }


def _shown(act: ScheduledAct) -> bool:
    # As the printed programme: the bill's acts, not the hosts' own segments.
    return act.kind != ActKind.HOST_SEGMENT and act.status in PLAYABLE


def _item(act: ScheduledAct) -> dict:
    return {"number": act.number, "title": act.title, "performers": act.performers,
            "pause": act.kind == ActKind.INTERMISSION}


def _status(state, facts) -> tuple[str, str]:
    """(key, words) of where the night stands, as the audience may know it."""
    if state.ended is not None:
        return "ended", translate("AudienceView", "The show has ended. Thank you for coming!")
    if state.started is None:
        return "before", translate("AudienceView", "The show starts at {time}").format(
            time=facts.start_time.strftime("%H:%M"))
    if state.on_stage is not None:
        return "on", ""
    if state.intermission_start is not None and state.intermission_end is None:
        return "intermission", translate("AudienceView", "Intermission")
    return "between", ""


def audience_snapshot(read) -> dict:
    """The public programme at this moment (the show, or a rehearsal run while one runs)."""
    facts = read(get_gala_facts)
    running = read(unfinished_runs)
    show = read(read_show, run=running[0] if running else None)
    state = show.state
    acts = [a for a in read(running_order) if _shown(a)]
    visible = {a.act_id: a for a in acts}
    on_stage = visible.get(state.on_stage.act_id) if state.on_stage else None
    upcoming = next((visible[i] for i in state.queue if i in visible
                     and (on_stage is None or i != on_stage.act_id)), None)
    done = {r.act_id for r in state.runs if r.outcome == Outcome.DONE}
    sections: list[dict] = []
    for act in acts:
        name = section_label(act.section_kind, act.section_name) if act.section_id else ""
        if not sections or sections[-1]["key"] != act.section_id:
            sections.append({"key": act.section_id, "name": name, "acts": []})
        item = _item(act)
        item["state"] = ("on" if on_stage is act else "next" if upcoming is act
                         else "done" if act.act_id in done else "")
        sections[-1]["acts"].append(item)
    status, words = _status(state, facts)
    when = " ".join(p for p in (format_date(facts.date) if facts.date else "",
                                facts.start_time.strftime("%H:%M")) if p)
    return {
        "gala": facts.name, "theme": facts.theme, "venue": facts.venue, "when": when,
        "status": status, "status_text": words,
        "on_stage": _item(on_stage) if on_stage else None,
        "next": _item(upcoming) if upcoming else None,
        "programme": [{"name": s["name"], "acts": s["acts"]} for s in sections],
        "sponsors": list(thanked_sponsors(read)),
        "labels": _labels(),
    }


def audience_page(lang: str) -> str:
    """The audience's page (HTML with its script), in `lang` ("zh_CN" or "en")."""
    return live_page("audience_page.html", lang)


def audience_server(document, *, host: str, port: int, lang: str = "en",
) -> LiveServer:
    """A public server of the audience's view of `document` (opened read-only)."""
    path = Path(document.path)
    return LiveServer(audience_page(lang), lambda: audience_snapshot(document.read),
                      host=host, port=port, changed=lambda: file_mark(path), token="",
                      refresh=REFRESH_SECONDS)



def bind_problem(exc: OSError, host: str, port: int) -> str:
    """Why the view cannot be served on `host`:`port`, and what to do, in words."""
    if exc.errno == errno.EADDRNOTAVAIL:
        return translate(
            "AudienceView", "{host} is not this computer's address on this network (it has "
            "{addresses}). Join the hall's Wi-Fi, or have the router give this computer that "
            "address, or choose another address and print the programme's code again.").format(
            host=host, addresses=", ".join(lan_addresses()))
    if exc.errno == errno.EADDRINUSE:
        return translate("AudienceView", "Port {port} is taken by another program: close it "
                                         "or choose another port.").format(port=port)
    return translate("AudienceView", "Cannot share on {host}:{port}: {reason}").format(
        host=host, port=port, reason=exc.strerror or exc)
