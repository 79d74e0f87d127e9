"""The PySide6 window: a thin layer over itadesk.services."""

# The store and the services the window starts with are imported before Qt: once PySide6 is imported it reads the
# source of every module imported after it (looking for its __feature__ switches), which for SQLAlchemy, SQLModel
# and Pydantic's few hundred modules costs about a third of a second of the window's start, and keeps their source
# in memory.
import sqlalchemy.dialects.sqlite  # noqa: F401 - the store's dialect, otherwise loaded when the store is opened

import itadesk.services.agencies
import itadesk.services.assessments
import itadesk.services.plans
import itadesk.store.database  # noqa: F401
from itadesk.ui.singletons import keep_singletons_alive

keep_singletons_alive()
