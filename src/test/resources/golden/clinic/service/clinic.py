"""Clinic service."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from service.errors import AppointmentNotFound, PatientNotFound, SlotTaken
from service.kinds import AppointmentStatus
from service.repos.appointments import AppointmentRepository
from service.repos.patients import PatientRepository
from service.schemas import AppointmentIn, AppointmentOut, PatientIn, PatientOut
from service.tables import Appointment, Patient

logger = logging.getLogger(__name__)


class ClinicService:
    """Clinic service."""

    def __init__(
        self,
        patient_repository: PatientRepository,
        appointment_repository: AppointmentRepository,
    ) -> None:
        """Initialize the clinic service.

        Args:
            patient_repository: The PatientRepository this class uses.
            appointment_repository: The AppointmentRepository this class uses.
        """
        self._patient_repository = patient_repository
        self._appointment_repository = appointment_repository

    async def register(self, data: PatientIn) -> PatientOut:
        """Register.

        Args:
            data: The data.

        Returns:
            The PatientOut.

        Raises:
            SlotTaken: Slot taken.
        """
        existing = await self._patient_repository.get_by_email(email=data.email)
        if existing is not None:
            raise SlotTaken()
        patient = Patient(**data.model_dump())
        patient = await self._patient_repository.add(patient)
        logger.info("Created Patient %r", patient)
        return PatientOut.model_validate(patient, from_attributes=True)

    async def get_patient(self, patient_id: int) -> PatientOut:
        """Get patient.

        Args:
            patient_id: The patient id.

        Returns:
            The PatientOut.

        Raises:
            PatientNotFound: Patient not found.
        """
        patient = await self._patient_repository.get(patient_id=patient_id)
        if patient is None:
            raise PatientNotFound()
        return PatientOut.model_validate(patient, from_attributes=True)

    async def replace_patient(self, patient_id: int, data: PatientIn) -> PatientOut:
        """Replace patient.

        Args:
            patient_id: The patient id.
            data: The data.

        Returns:
            The PatientOut.

        Raises:
            PatientNotFound: Patient not found.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (replace patient)
        raise NotImplementedError(
            "ClinicService.replace_patient is not implemented yet",
        )

    async def patients_by_ids(self, ids: list[int]) -> list[PatientOut]:
        """Patients by ids.

        Args:
            ids: The ids.

        Returns:
            The list[PatientOut].
        """
        patient_rows = await self._patient_repository.list_by_ids(ids=ids)
        return [PatientOut.model_validate(row, from_attributes=True) for row in patient_rows]

    async def book(self, data: AppointmentIn) -> AppointmentOut:
        """Book.

        Args:
            data: The data.

        Returns:
            The AppointmentOut.

        Raises:
            PatientNotFound: Patient not found.
            SlotTaken: Slot taken.
        """
        if await self._patient_repository.get(patient_id=data.patient_id) is None:
            raise PatientNotFound()
        appointment = Appointment(**data.model_dump())
        try:
            appointment = await self._appointment_repository.add(appointment)
        except IntegrityError as exc:
            raise SlotTaken() from exc
        logger.info("Created Appointment %r", appointment)
        return AppointmentOut.model_validate(appointment, from_attributes=True)

    async def get_appointment(self, appointment_id: int) -> AppointmentOut:
        """Get appointment.

        Args:
            appointment_id: The appointment id.

        Returns:
            The AppointmentOut.

        Raises:
            AppointmentNotFound: Appointment not found.
        """
        appointment = await self._appointment_repository.get(
            appointment_id=appointment_id,
        )
        if appointment is None:
            raise AppointmentNotFound()
        return AppointmentOut.model_validate(appointment, from_attributes=True)

    async def appointments_of(
        self,
        patient_id: int,
        status: AppointmentStatus | None = None,
        starts_from: datetime | None = None,
        starts_before: datetime | None = None,
    ) -> list[AppointmentOut]:
        """Appointments of.

        Args:
            patient_id: The patient id.
            status: The status.
            starts_from: The starts from.
            starts_before: The starts before.

        Returns:
            The list[AppointmentOut].

        Raises:
            PatientNotFound: Patient not found.
        """
        if await self._patient_repository.get(patient_id=patient_id) is None:
            raise PatientNotFound()
        appointment_rows = await self._appointment_repository.list_for_patient(
            patient_id=patient_id,
            status=status,
            starts_from=starts_from,
            starts_before=starts_before,
        )
        return [AppointmentOut.model_validate(row, from_attributes=True) for row in appointment_rows]
