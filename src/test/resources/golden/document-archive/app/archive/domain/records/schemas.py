"""Data models of archive schemas."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from pydantic import AliasChoices, BaseModel, ConfigDict, Field

from app.archive.domain.kinds import DocumentKind


class FolderCreate(BaseModel):
    """Folder create data."""

    model_config = ConfigDict(populate_by_name=True)

    name: str = Field(min_length=1, max_length=100)
    global_: bool = Field(default=False, alias="global")


class FolderRead(BaseModel):
    """Folder read data."""

    model_config = ConfigDict(from_attributes=True, populate_by_name=True)

    id: int
    name: str
    global_: bool = Field(alias="global")


class DocumentCreate(BaseModel):
    """Document create data."""

    model_config = ConfigDict(populate_by_name=True)

    folder_id: int
    type: DocumentKind
    schema_: str = Field(alias="schema", min_length=1, max_length=64)
    metadata_: str | None = Field(default=None, alias="metadata")
    class_: str = Field(default="public", alias="class", max_length=20)


class DocumentRead(BaseModel):
    """Document read data."""

    model_config = ConfigDict(from_attributes=True, populate_by_name=True)

    id: UUID
    folder_id: int
    type: DocumentKind
    schema_: str = Field(alias="schema")
    metadata_: str | None = Field(
        validation_alias=AliasChoices("metadata_", "metadata"),
        serialization_alias="metadata",
    )
    class_: str = Field(alias="class")
    filed_at: datetime
