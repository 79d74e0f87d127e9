"""Each agency's list of responsible units, offered when a measure is given to someone.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "responsible_unit",
        sa.Column("id", sa.Integer(), primary_key=True, nullable=False),
        sa.Column("agency_id", sa.Integer(), sa.ForeignKey("agency.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.UniqueConstraint("agency_id", "name", name="uq_responsible_unit"),
    )
    op.create_index("ix_responsible_unit_agency_id", "responsible_unit", ["agency_id"])


def downgrade() -> None:
    op.drop_table("responsible_unit")
