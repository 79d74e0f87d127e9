"""The first schema: agencies, assessments with their scores and analyses, plans and measures.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), primary_key=True, nullable=False)


def _fk(name: str, target: str, on_delete: str = "CASCADE", nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.Integer(), sa.ForeignKey(target, ondelete=on_delete), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "agency",
        _id(),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("district", sa.String(), nullable=False),
        sa.Column("province", sa.String(), nullable=False),
        sa.Column("prepared_by_name", sa.String(), nullable=False),
        sa.Column("prepared_by_position", sa.String(), nullable=False),
        sa.Column("checked_by_name", sa.String(), nullable=False),
        sa.Column("checked_by_position", sa.String(), nullable=False),
        sa.Column("approved_by_name", sa.String(), nullable=False),
        sa.Column("approved_by_position", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("name", "district", "province", name="uq_agency_place"),
        sa.CheckConstraint("length(trim(name)) > 0", name="ck_agency_name"),
    )
    op.create_table(
        "assessment",
        _id(),
        _fk("agency_id", "agency.id"),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("framework_year", sa.Integer(), nullable=False),
        sa.Column("official_overall", sa.Integer(), nullable=True),
        sa.Column("official_level", sa.String(), nullable=True),
        sa.Column("overall_analysis", sa.String(), nullable=False),
        sa.Column("source_note", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("agency_id", "fiscal_year", name="uq_assessment_year"),
        sa.CheckConstraint("fiscal_year BETWEEN 2500 AND 2700", name="ck_assessment_year"),
        sa.CheckConstraint("official_overall BETWEEN 0 AND 10000", name="ck_assessment_overall"),
    )
    op.create_index("ix_assessment_agency_id", "assessment", ["agency_id"])
    op.create_table(
        "official_tool_score",
        _id(),
        _fk("assessment_id", "assessment.id"),
        sa.Column("tool_code", sa.String(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.UniqueConstraint("assessment_id", "tool_code", name="uq_official_tool_score"),
        sa.CheckConstraint("score BETWEEN 0 AND 10000", name="ck_official_tool_score"),
    )
    op.create_index("ix_official_tool_score_assessment_id", "official_tool_score", ["assessment_id"])
    op.create_table(
        "indicator_score",
        _id(),
        _fk("assessment_id", "assessment.id"),
        sa.Column("indicator", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.UniqueConstraint("assessment_id", "indicator", name="uq_indicator_score"),
        sa.CheckConstraint("score BETWEEN 0 AND 10000", name="ck_indicator_score"),
        sa.CheckConstraint("indicator BETWEEN 1 AND 99", name="ck_indicator_score_number"),
    )
    op.create_index("ix_indicator_score_assessment_id", "indicator_score", ["assessment_id"])
    op.create_table(
        "indicator_analysis",
        _id(),
        _fk("assessment_id", "assessment.id"),
        sa.Column("indicator", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.UniqueConstraint("assessment_id", "indicator", name="uq_indicator_analysis"),
    )
    op.create_index("ix_indicator_analysis_assessment_id", "indicator_analysis", ["assessment_id"])
    op.create_table(
        "plan",
        _id(),
        _fk("agency_id", "agency.id"),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        _fk("assessment_id", "assessment.id", "SET NULL", nullable=True),
        sa.UniqueConstraint("agency_id", "fiscal_year", name="uq_plan_year"),
        sa.CheckConstraint("fiscal_year BETWEEN 2500 AND 2700", name="ck_plan_year"),
    )
    op.create_index("ix_plan_agency_id", "plan", ["agency_id"])
    op.create_index("ix_plan_assessment_id", "plan", ["assessment_id"])
    op.create_table(
        "measure",
        _id(),
        _fk("plan_id", "plan.id"),
        sa.Column("indicator", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("analysis", sa.String(), nullable=False),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("responsible", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("progress BETWEEN 0 AND 100", name="ck_measure_progress"),
        sa.CheckConstraint("status IN ('not_started', 'in_progress', 'done', 'cancelled')", name="ck_measure_status"),
        sa.CheckConstraint("period_end >= period_start", name="ck_measure_period"),
    )
    op.create_index("ix_measure_plan_id", "measure", ["plan_id"])


def downgrade() -> None:
    for table in (
        "measure",
        "plan",
        "indicator_analysis",
        "indicator_score",
        "official_tool_score",
        "assessment",
        "agency",
    ):
        op.drop_table(table)
