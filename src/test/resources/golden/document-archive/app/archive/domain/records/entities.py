"""Database tables of archive entities."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID, uuid4

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.archive.domain.kinds import DocumentKind


class Base(DeclarativeBase):
    """Declarative base of every mapped class of this application."""


class Folder(Base):
    """A row of the folders table."""

    __tablename__ = "folders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    global_: Mapped[bool] = mapped_column("global", Boolean, default=False)


class Document(Base):
    """A row of the documents table."""

    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("folder_id", "schema", name="uq_documents_folder_id_schema"),
    )

    id: Mapped[UUID] = mapped_column(Uuid, primary_key=True, default=uuid4)
    folder_id: Mapped[int] = mapped_column(
        Integer,
        ForeignKey("folders.id", ondelete="CASCADE"),
        index=True,
    )
    type: Mapped[DocumentKind] = mapped_column()
    schema_: Mapped[str] = mapped_column("schema", String(64))
    metadata_: Mapped[str | None] = mapped_column("metadata", Text, default=None)
    class_: Mapped[str] = mapped_column("class", String(20), default="public")
    filed_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True),
        server_default=func.now(),
    )
