"""Persistence of Patient records."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import select

from service.tables import Patient

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class PatientRepository:
    """Reads and writes Patient records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the patient repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, patient_id: int) -> Patient | None:
        """Get rows.

        Args:
            patient_id: The patient id.

        Returns:
            The Patient or None.
        """
        stmt = select(Patient).where(Patient.id == patient_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def get_by_email(self, email: str) -> Patient | None:
        """Get by email rows.

        Args:
            email: The email.

        Returns:
            The Patient or None.
        """
        stmt = select(Patient).where(Patient.email == email)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def add(self, patient: Patient) -> Patient:
        """Add rows.

        Args:
            patient: The patient.

        Returns:
            The Patient.
        """
        self._session.add(patient)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(patient)
        logger.debug("Patient saved: %r", patient)
        return patient

    async def update(self, patient: Patient) -> Patient:
        """Update rows.

        Args:
            patient: The patient.

        Returns:
            The Patient.
        """
        self._session.add(patient)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(patient)
        logger.debug("Patient saved: %r", patient)
        return patient

    async def list_by_ids(self, ids: list[int]) -> list[Patient]:
        """List by ids rows.

        Args:
            ids: The ids.

        Returns:
            The list[Patient].
        """
        stmt = select(Patient).where(Patient.id.in_(ids)).order_by(Patient.id)
        result = await self._session.execute(stmt)
        return list(result.scalars().all())
