"""HTTP endpoints of clinic api."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncSession

from service.clinic import ClinicService
from service.errors import AppointmentNotFound, PatientNotFound, SlotTaken
from service.infra.database import get_session
from service.kinds import AppointmentStatus
from service.repos.appointments import AppointmentRepository
from service.repos.patients import PatientRepository
from service.schemas import AppointmentIn, AppointmentOut, PatientIn, PatientOut

logger = logging.getLogger(__name__)


def get_patient_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> PatientRepository:
    """Build the PatientRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A PatientRepository bound to this request's collaborators.
    """
    return PatientRepository(session=session)


def get_appointment_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> AppointmentRepository:
    """Build the AppointmentRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A AppointmentRepository bound to this request's collaborators.
    """
    return AppointmentRepository(session=session)


def get_clinic_service(
    patient_repository: Annotated[PatientRepository, Depends(get_patient_repository)],
    appointment_repository: Annotated[AppointmentRepository, Depends(get_appointment_repository)],
) -> ClinicService:
    """Build the ClinicService of the current request.

    Args:
        patient_repository: Provided by FastAPI's dependency injection.
        appointment_repository: Provided by FastAPI's dependency injection.

    Returns:
        A ClinicService bound to this request's collaborators.
    """
    return ClinicService(
        patient_repository=patient_repository,
        appointment_repository=appointment_repository,
    )


router = APIRouter(prefix="/v1")


@router.post("/patients", response_model=PatientOut, status_code=201)
async def register(
    payload: PatientIn,
    clinic_service: Annotated[ClinicService, Depends(get_clinic_service)],
) -> PatientOut:
    """POST /v1/patients.

    Args:
        payload: The request body.
        clinic_service: The ClinicService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 409 when the service raises SlotTaken.
    """
    try:
        return await clinic_service.register(data=payload)
    except SlotTaken as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get("/patients/{patient_id}", response_model=PatientOut)
async def get_patient(
    patient_id: int,
    clinic_service: Annotated[ClinicService, Depends(get_clinic_service)],
) -> PatientOut:
    """GET /v1/patients/{patient_id}.

    Args:
        patient_id: Path parameter patient id.
        clinic_service: The ClinicService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises PatientNotFound.
    """
    try:
        return await clinic_service.get_patient(patient_id=patient_id)
    except PatientNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.put("/patients/{patient_id}", response_model=PatientOut)
async def replace_patient(
    patient_id: int,
    payload: PatientIn,
    clinic_service: Annotated[ClinicService, Depends(get_clinic_service)],
) -> PatientOut:
    """PUT /v1/patients/{patient_id}.

    Args:
        patient_id: Path parameter patient id.
        payload: The request body.
        clinic_service: The ClinicService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises PatientNotFound.
    """
    try:
        return await clinic_service.replace_patient(patient_id=patient_id, data=payload)
    except PatientNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/patients", response_model=list[PatientOut])
async def patients_by_ids(
    clinic_service: Annotated[ClinicService, Depends(get_clinic_service)],
    ids: Annotated[list[int], Query()],
) -> list[PatientOut]:
    """GET /v1/patients.

    Args:
        clinic_service: The ClinicService that does the work.
        ids: Query parameter ids.

    Returns:
        The response body.
    """
    return await clinic_service.patients_by_ids(ids=ids)


@router.post("/appointments", response_model=AppointmentOut, status_code=201)
async def book(
    payload: AppointmentIn,
    clinic_service: Annotated[ClinicService, Depends(get_clinic_service)],
) -> AppointmentOut:
    """POST /v1/appointments.

    Args:
        payload: The request body.
        clinic_service: The ClinicService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises PatientNotFound.
        HTTPException: 409 when the service raises SlotTaken.
    """
    try:
        return await clinic_service.book(data=payload)
    except PatientNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    except SlotTaken as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get("/appointments/{appointment_id}", response_model=AppointmentOut)
async def get_appointment(
    appointment_id: int,
    clinic_service: Annotated[ClinicService, Depends(get_clinic_service)],
) -> AppointmentOut:
    """GET /v1/appointments/{appointment_id}.

    Args:
        appointment_id: Path parameter appointment id.
        clinic_service: The ClinicService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises AppointmentNotFound.
    """
    try:
        return await clinic_service.get_appointment(appointment_id=appointment_id)
    except AppointmentNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/patients/{patient_id}/appointments", response_model=list[AppointmentOut])
async def appointments_of(
    patient_id: int,
    clinic_service: Annotated[ClinicService, Depends(get_clinic_service)],
    status: AppointmentStatus | None = None,
    starts_from: datetime | None = None,
    starts_before: datetime | None = None,
) -> list[AppointmentOut]:
    """GET /v1/patients/{patient_id}/appointments.

    Args:
        patient_id: Path parameter patient id.
        clinic_service: The ClinicService that does the work.
        status: Query parameter status.
        starts_from: Query parameter starts from.
        starts_before: Query parameter starts before.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises PatientNotFound.
    """
    try:
        return await clinic_service.appointments_of(
            patient_id=patient_id,
            status=status,
            starts_from=starts_from,
            starts_before=starts_before,
        )
    except PatientNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
