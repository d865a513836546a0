"""All ORM models of a gala file; importing this registers every table."""

from gala_manager.core.models.base import Base
from gala_manager.core.models.gala import Gala
from gala_manager.core.models.people import Department, Gender, Person

__all__ = ["Base", "Department", "Gala", "Gender", "Person"]
