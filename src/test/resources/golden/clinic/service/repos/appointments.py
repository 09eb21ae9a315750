"""Persistence of Appointment records."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from service.kinds import AppointmentStatus
from service.tables import Appointment

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class AppointmentRepository:
    """Reads and writes Appointment records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the appointment repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, appointment_id: int) -> Appointment | None:
        """Get rows.

        Args:
            appointment_id: The appointment id.

        Returns:
            The Appointment or None.
        """
        stmt = select(Appointment).where(Appointment.id == appointment_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def add(self, appointment: Appointment) -> Appointment:
        """Add rows.

        Args:
            appointment: The appointment.

        Returns:
            The Appointment.
        """
        self._session.add(appointment)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(appointment)
        logger.debug("Appointment saved: %r", appointment)
        return appointment

    async def list_for_patient(
        self,
        patient_id: int,
        status: AppointmentStatus | None = None,
        starts_from: datetime | None = None,
        starts_before: datetime | None = None,
    ) -> list[Appointment]:
        """List for patient rows.

        Args:
            patient_id: The patient id.
            status: The status.
            starts_from: The starts from.
            starts_before: The starts before.

        Returns:
            The list[Appointment].
        """
        stmt = select(Appointment).where(Appointment.patient_id == patient_id)
        if status is not None:
            stmt = stmt.where(Appointment.status == status)
        if starts_from is not None:
            stmt = stmt.where(Appointment.starts_at >= starts_from)
        if starts_before is not None:
            stmt = stmt.where(Appointment.starts_at <= starts_before)
        stmt = stmt.order_by(Appointment.id)
        result = await self._session.execute(stmt)
        return list(result.scalars().all())
