"""Stores decimals in the generated shipping backend's order table and prints them as read back.

Usage: python shipping_decimals.py DATABASE_URL (run from the generated project's folder).
"""

import asyncio
import sys
from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from app.domain.tables import Base, Order

STORED = ["9.99", "0", "4.50", "1234567.89", "100", "0.1"]


async def main(url: str) -> None:
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    sessions = async_sessionmaker(engine)
    async with sessions() as session:
        for value in STORED:
            session.add(Order(customer=value, total=Decimal(value), placed_at=datetime.now(timezone.utc)))
        await session.commit()
    async with sessions() as session:
        rows = (await session.execute(select(Order.customer, Order.total))).all()
    await engine.dispose()
    read = dict((customer, total) for customer, total in rows)
    print(" ".join(f"{value}={read[value]}" for value in STORED))


asyncio.run(main(sys.argv[1]))
