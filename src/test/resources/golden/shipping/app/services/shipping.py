"""Shipping service."""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from uuid import UUID

from app.api.schemas import (
    NoteIn,
    NoteOut,
    OrderIn,
    OrderOut,
    ParcelIn,
    ParcelOut,
    Quote,
)
from app.core.errors import NoteNotFound, OrderNotFound, ParcelNotFound
from app.core.rates import RateCard
from app.domain.kinds import OrderStatus
from app.domain.repos.notes import NoteRepository
from app.domain.repos.orders import OrderRepository
from app.domain.repos.parcels import ParcelRepository
from app.domain.tables import Note, Order

logger = logging.getLogger(__name__)


class ShippingService:
    """Shipping service."""

    def __init__(
        self,
        order_repository: OrderRepository,
        parcel_repository: ParcelRepository,
        note_repository: NoteRepository,
        rate_card: RateCard,
    ) -> None:
        """Initialize the shipping service.

        Args:
            order_repository: The OrderRepository this class uses.
            parcel_repository: The ParcelRepository this class uses.
            note_repository: The NoteRepository this class uses.
            rate_card: The RateCard this class uses.
        """
        self._order_repository = order_repository
        self._parcel_repository = parcel_repository
        self._note_repository = note_repository
        self._rate_card = rate_card

    async def place_order(self, data: OrderIn) -> OrderOut:
        """Place order.

        Args:
            data: The data.

        Returns:
            The OrderOut.
        """
        order = Order(**data.model_dump(), placed_at=datetime.now(timezone.utc))
        order = await self._order_repository.add(order)
        logger.info("Created Order %r", order)
        return OrderOut.model_validate(order, from_attributes=True)

    async def get_order(self, order_id: UUID) -> OrderOut:
        """Get order.

        Args:
            order_id: The order id.

        Returns:
            The OrderOut.

        Raises:
            OrderNotFound: Order not found.
        """
        order = await self._order_repository.get(order_id=order_id)
        if order is None:
            raise OrderNotFound()
        return OrderOut.model_validate(order, from_attributes=True)

    async def list_orders(
        self,
        status: OrderStatus | None = None,
        offset: int = 0,
        limit: int = 20,
    ) -> list[OrderOut]:
        """List orders.

        Args:
            status: The status.
            offset: The offset.
            limit: The limit.

        Returns:
            The list[OrderOut].
        """
        order_rows = await self._order_repository.list(
            status=status,
            offset=offset,
            limit=limit,
        )
        return [OrderOut.model_validate(row, from_attributes=True) for row in order_rows]

    async def count_orders(self, status: OrderStatus | None = None) -> int:
        """Count orders.

        Args:
            status: The status.

        Returns:
            The int.
        """
        return await self._order_repository.count(status=status)

    async def add_parcel(self, order_id: UUID, data: ParcelIn) -> ParcelOut:
        """Add parcel.

        Args:
            order_id: The order id.
            data: The data.

        Returns:
            The ParcelOut.

        Raises:
            OrderNotFound: Order not found.
            OrderLocked: Order already shipped.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (add parcel)
        raise NotImplementedError("ShippingService.add_parcel is not implemented yet")

    async def get_parcel(self, order_id: UUID, parcel_id: int) -> ParcelOut:
        """Get parcel.

        Args:
            order_id: The order id.
            parcel_id: The parcel id.

        Returns:
            The ParcelOut.

        Raises:
            OrderNotFound: Order not found.
            ParcelNotFound: Parcel not found.
        """
        parcel = await self._parcel_repository.get(parcel_id=parcel_id)
        if parcel is None:
            raise ParcelNotFound()
        if parcel.order_id != order_id:
            raise ParcelNotFound()
        return ParcelOut.model_validate(parcel, from_attributes=True)

    async def remove_parcel(self, order_id: UUID, parcel_id: int) -> None:
        """Remove parcel.

        Args:
            order_id: The order id.
            parcel_id: The parcel id.

        Raises:
            OrderNotFound: Order not found.
            ParcelNotFound: Parcel not found.
            OrderLocked: Order already shipped.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (remove parcel)
        raise NotImplementedError(
            "ShippingService.remove_parcel is not implemented yet",
        )

    async def parcels_of(
        self,
        order_id: UUID,
        fragile: bool | None = None,
    ) -> list[ParcelOut]:
        """Parcels of.

        Args:
            order_id: The order id.
            fragile: The fragile.

        Returns:
            The list[ParcelOut].

        Raises:
            OrderNotFound: Order not found.
        """
        if await self._order_repository.get(order_id=order_id) is None:
            raise OrderNotFound()
        parcel_rows = await self._parcel_repository.list_for_order(
            order_id=order_id,
            fragile=fragile,
        )
        return [ParcelOut.model_validate(row, from_attributes=True) for row in parcel_rows]

    async def add_note(self, order_id: UUID, data: NoteIn) -> NoteOut:
        """Add note.

        Args:
            order_id: The order id.
            data: The data.

        Returns:
            The NoteOut.

        Raises:
            OrderNotFound: Order not found.
        """
        if await self._order_repository.get(order_id=order_id) is None:
            raise OrderNotFound()
        note = Note(**data.model_dump(), order_id=order_id)
        note = await self._note_repository.add(note)
        logger.info("Created Note %r", note)
        return NoteOut.model_validate(note, from_attributes=True)

    async def get_note(self, order_id: UUID, note_id: int) -> NoteOut:
        """Get note.

        Args:
            order_id: The order id.
            note_id: The note id.

        Returns:
            The NoteOut.

        Raises:
            OrderNotFound: Order not found.
            NoteNotFound: Note not found.
        """
        note = await self._note_repository.get(note_id=note_id)
        if note is None:
            raise NoteNotFound()
        if note.order_id != order_id:
            raise NoteNotFound()
        return NoteOut.model_validate(note, from_attributes=True)

    async def notes_of(
        self,
        order_id: UUID,
        offset: int = 0,
        limit: int = 50,
    ) -> list[NoteOut]:
        """Notes of.

        Args:
            order_id: The order id.
            offset: The offset.
            limit: The limit.

        Returns:
            The list[NoteOut].

        Raises:
            OrderNotFound: Order not found.
        """
        if await self._order_repository.get(order_id=order_id) is None:
            raise OrderNotFound()
        note_rows = await self._note_repository.list_for_order(
            order_id=order_id,
            offset=offset,
            limit=limit,
        )
        return [NoteOut.model_validate(row, from_attributes=True) for row in note_rows]

    def quote(self, weight_kg: float, express: bool = False) -> Quote:
        """Quote.

        Args:
            weight_kg: The weight kg.
            express: The express.

        Returns:
            The Quote.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (quote)
        raise NotImplementedError("ShippingService.quote is not implemented yet")
