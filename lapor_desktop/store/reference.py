"""Reference data: categories, agencies, regions, channels, closure days."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .models import AgencyRow, CategoryRow, ChannelRow, ClosureRow, RegionRow


@dataclass(frozen=True)
class Category:
    id: int
    name: str


@dataclass(frozen=True)
class Agency:
    id: int
    name: str
    parent_id: int | None = None


@dataclass(frozen=True)
class Region:
    code: str
    level: str
    name: str
    parent_code: str | None


@dataclass(frozen=True)
class Channel:
    code: str
    name: str


@dataclass(frozen=True)
class Closure:
    day: str
    name: str


def replace_reference(s: Session, data: dict[str, Any]) -> dict[str, int]:
    """Replace each kind of reference data present in ``data`` (the hub's /reference shape)."""
    counts: dict[str, int] = {}
    if "categories" in data:
        s.execute(delete(CategoryRow))
        rows = [{"id": int(c["id"]), "name": str(c["name"]), "active": bool(c.get("active", True))}
                for c in data["categories"]]
        if rows:
            s.execute(CategoryRow.__table__.insert(), rows)
        counts["categories"] = len(rows)
    if "agencies" in data:
        s.execute(delete(AgencyRow))
        rows = [{"id": int(a["id"]), "name": str(a["name"]), "parent_id": a.get("parent_id") or a.get("parent"),
                 "active": bool(a.get("active", True))} for a in data["agencies"]]
        if rows:
            s.execute(AgencyRow.__table__.insert(), rows)
        counts["agencies"] = len(rows)
    if "regions" in data:
        s.execute(delete(RegionRow))
        rows = [{"code": str(r["code"]), "level": str(r["level"]), "name": str(r["name"]),
                 "parent_code": (str(r["parent"]) if r.get("parent") else r.get("parent_code"))}
                for r in data["regions"]]
        if rows:
            s.execute(RegionRow.__table__.insert(), rows)
        counts["regions"] = len(rows)
    if "channels" in data:
        s.execute(delete(ChannelRow))
        rows = [{"code": str(c["code"]), "name": str(c["name"]), "sort": i} for i, c in enumerate(data["channels"])]
        if rows:
            s.execute(ChannelRow.__table__.insert(), rows)
        counts["channels"] = len(rows)
    if "closures" in data:
        s.execute(delete(ClosureRow))
        rows = [{"day": str(c["date"] if "date" in c else c["day"]), "name": str(c.get("name", ""))}
                for c in data["closures"]]
        if rows:
            s.execute(ClosureRow.__table__.insert(), rows)
        counts["closures"] = len(rows)
    return counts


def categories(s: Session) -> list[Category]:
    return [Category(r.id, r.name) for r in s.scalars(select(CategoryRow).where(CategoryRow.active.is_(True))
                                                       .order_by(CategoryRow.name))]


def category_ids(s: Session) -> set[int]:
    return set(s.scalars(select(CategoryRow.id)))


def agencies(s: Session) -> list[Agency]:
    return [Agency(r.id, r.name, r.parent_id) for r in s.scalars(select(AgencyRow).where(AgencyRow.active.is_(True))
                                                                  .order_by(AgencyRow.name))]


def agency(s: Session, agency_id: int) -> Agency | None:
    r = s.get(AgencyRow, agency_id)
    return Agency(r.id, r.name, r.parent_id) if r else None


def regions(s: Session, level: str | None = None, parent_code: str | None = None) -> list[Region]:
    stmt = select(RegionRow)
    if level:
        stmt = stmt.where(RegionRow.level == level)
    if parent_code:
        stmt = stmt.where(RegionRow.parent_code == parent_code)
    return [Region(r.code, r.level, r.name, r.parent_code) for r in s.scalars(stmt.order_by(RegionRow.name))]


def channels(s: Session) -> list[Channel]:
    return [Channel(r.code, r.name) for r in s.scalars(select(ChannelRow).order_by(ChannelRow.sort))]


def closures(s: Session) -> list[Closure]:
    return [Closure(r.day, r.name) for r in s.scalars(select(ClosureRow).order_by(ClosureRow.day))]


def add_closure(s: Session, day: str, name: str) -> None:
    row = s.get(ClosureRow, day)
    if row:
        row.name = name
    else:
        s.add(ClosureRow(day=day, name=name))


def remove_closure(s: Session, day: str) -> bool:
    return bool(s.execute(delete(ClosureRow).where(ClosureRow.day == day)).rowcount)
