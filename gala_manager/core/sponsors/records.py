"""Verbs that add, edit, remove and restore sponsors with their goods and promises."""

from __future__ import annotations

import re
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import (
    Act,
    Person,
    PromiseKind,
    PromiseStatus,
    Sponsor,
    SponsorGoods,
    SponsorPromise,
    SponsorStatus,
    SupplyItem,
)
from gala_manager.core.money import round_money
from gala_manager.core.operations import Area, changes
from gala_manager.core.references import find_referrers, reattach
from gala_manager.core.sponsors.rows import (
    GoodsData,
    PromiseData,
    RemovedSponsor,
    SponsorData,
    SponsorRow,
)

_PHONE = re.compile(r"^\+?[0-9 ()\-]{3,30}$")
_MAX_MONEY = Decimal(10) ** 9
_FIELDS = ("company", "contact_name", "contact_phone", "handled_by_person_id", "status", "cash",
           "notes")


def _money(field: str, value: object) -> Decimal:
    if value is None or not isinstance(value, Decimal | int) or value < 0:
        raise ValidationError(field, "negative", value)
    amount = round_money(Decimal(value))
    if amount >= _MAX_MONEY:
        raise ValidationError(field, "out_of_range", value)
    return amount


def clean_sponsor(session: Session, data: SponsorData) -> SponsorData:
    """The data trimmed and checked; `ValidationError` or `NotFoundError` when it cannot be."""
    company = data.company.strip()
    if not company:
        raise ValidationError("company", "required", data.company)
    if len(company) > 200:
        raise ValidationError("company", "too_long", len(company))
    phone = data.contact_phone.strip()
    if phone and not _PHONE.match(phone):
        raise ValidationError("contact_phone", "invalid_phone", phone)
    if data.handled_by_person_id is not None and session.get(
            Person, data.handled_by_person_id) is None:
        raise NotFoundError("person", data.handled_by_person_id)
    goods = []
    for good in data.goods:
        description = good.description.strip()
        if not description:
            raise ValidationError("goods", "required", good.description)
        if good.supply_item_id is not None and session.get(
                SupplyItem, good.supply_item_id) is None:
            raise NotFoundError("supply_item", good.supply_item_id)
        goods.append(GoodsData(description[:200], _money("goods_value", good.value),
                               good.supply_item_id, good.id))
    promises = []
    for promise in data.promises:
        if promise.act_id is not None and session.get(Act, promise.act_id) is None:
            raise NotFoundError("act", promise.act_id)
        promises.append(PromiseData(PromiseKind(promise.kind), promise.detail.strip(),
                                    PromiseStatus(promise.status), promise.act_id,
                                    promise.photo_path.strip(), promise.id))
    return data.replace(company=company, contact_name=data.contact_name.strip(),
                        contact_phone=phone, status=SponsorStatus(data.status),
                        cash=_money("cash", data.cash), goods=tuple(goods),
                        promises=tuple(promises))


def _read_data(session: Session, sponsor: Sponsor) -> SponsorData:
    goods = session.scalars(select(SponsorGoods).where(SponsorGoods.sponsor_id == sponsor.id)
                            .order_by(SponsorGoods.id))
    promises = session.scalars(select(SponsorPromise).where(
        SponsorPromise.sponsor_id == sponsor.id).order_by(SponsorPromise.id))
    return SponsorData(
        **{name: getattr(sponsor, name) for name in _FIELDS},
        goods=tuple(GoodsData(g.description, g.value, g.supply_item_id, g.id) for g in goods),
        promises=tuple(PromiseData(p.kind, p.detail, p.status, p.act_id, p.photo_path, p.id)
                       for p in promises))


def list_sponsors(session: Session) -> list[SponsorRow]:
    """Every sponsor in the committee's order, with its goods and promises."""
    # Only the names sponsors point at: a big gala has thousands of items and acts.
    people = dict(session.execute(select(Person.id, Person.name).where(
        Person.id.in_(select(Sponsor.handled_by_person_id)))).all())
    items = dict(session.execute(select(SupplyItem.id, SupplyItem.name).where(
        SupplyItem.id.in_(select(SponsorGoods.supply_item_id)))).all())
    acts = dict(session.execute(select(Act.id, Act.title).where(
        Act.id.in_(select(SponsorPromise.act_id)))).all())
    rows = []
    for sponsor in session.scalars(select(Sponsor).order_by(Sponsor.sort_order, Sponsor.id)):
        data = _read_data(session, sponsor)
        rows.append(SponsorRow(
            sponsor.id, data, sponsor.sort_order, people.get(sponsor.handled_by_person_id, ""),
            {g.supply_item_id: items[g.supply_item_id] for g in data.goods
             if g.supply_item_id in items},
            {p.act_id: acts[p.act_id] for p in data.promises if p.act_id in acts}))
    return rows


def get_sponsor(session: Session, *, sponsor_id: int) -> SponsorRow:
    """One sponsor; `NotFoundError` when it is gone."""
    for row in list_sponsors(session):
        if row.id == sponsor_id:
            return row
    raise NotFoundError("sponsor", sponsor_id)


def _write_children(session: Session, sponsor_id: int, data: SponsorData) -> None:
    """Make the sponsor's goods and promises exactly those of `data`, keeping their ids."""
    for model, wanted, fields in (
            (SponsorGoods, data.goods, ("description", "value", "supply_item_id")),
            (SponsorPromise, data.promises, ("kind", "detail", "status", "act_id",
                                             "photo_path"))):
        keep = {w.id for w in wanted if w.id is not None}
        session.execute(delete(model).where(model.sponsor_id == sponsor_id,
                                            model.id.not_in(keep)))
        for want in wanted:
            row = session.get(model, want.id) if want.id is not None else None
            if row is not None and row.sponsor_id != sponsor_id:
                row = None  # an id of another sponsor's row: never take it over
                want = type(want)(**{**want.__dict__, "id": None})
            if row is None:
                row = model(sponsor_id=sponsor_id, id=want.id)
                session.add(row)
            for name in fields:
                setattr(row, name, getattr(want, name))
    session.flush()


@changes(Area.SPONSORS, Area.SUPPLIES)
def add_sponsor(session: Session, *, data: SponsorData, sponsor_id: int | None = None,
                sort_order: int | None = None) -> int:
    """Add a sponsor at the end of the list; returns its id."""
    data = clean_sponsor(session, data)
    if sort_order is None:
        sort_order = (session.scalar(select(func.max(Sponsor.sort_order))) or 0) + 1
    sponsor = Sponsor(id=sponsor_id, sort_order=sort_order,
                      **{name: getattr(data, name) for name in _FIELDS})
    session.add(sponsor)
    session.flush()
    _write_children(session, sponsor.id, data)
    return sponsor.id


@changes(Area.SPONSORS, Area.SUPPLIES)
def update_sponsor(session: Session, *, sponsor_id: int, data: SponsorData) -> SponsorData:
    """Replace a sponsor's data, goods and promises; returns the previous data (undo)."""
    sponsor = session.get(Sponsor, sponsor_id)
    if sponsor is None:
        raise NotFoundError("sponsor", sponsor_id)
    previous = _read_data(session, sponsor)
    data = clean_sponsor(session, data)
    for name in _FIELDS:
        setattr(sponsor, name, getattr(data, name))
    _write_children(session, sponsor_id, data)
    return previous


@changes(Area.SPONSORS, Area.SUPPLIES, Area.GUESTS)
def remove_sponsors(session: Session, *, sponsor_ids: list[int]) -> list[RemovedSponsor]:
    """Remove sponsors with their goods and promises; returns what puts them back."""
    removed = []
    for sponsor_id in sponsor_ids:
        sponsor = session.get(Sponsor, sponsor_id)
        if sponsor is None:
            raise NotFoundError("sponsor", sponsor_id)
        # Other areas' rows naming the sponsor are unlinked by their foreign keys;
        # remember them so that undo links them again.
        links = tuple(find_referrers(session, "sponsor", sponsor_id, skip={
            ("sponsor_goods", "sponsor_id"), ("sponsor_promise", "sponsor_id")}))
        removed.append(RemovedSponsor(sponsor_id, sponsor.sort_order,
                                      _read_data(session, sponsor), links))
        session.delete(sponsor)
    session.flush()
    return removed


@changes(Area.SPONSORS, Area.SUPPLIES, Area.GUESTS)
def restore_sponsors(session: Session, *, removed: list[RemovedSponsor]) -> list[int]:
    """Put removed sponsors back under their old ids (undo of `remove_sponsors`)."""
    # A supply item or act removed meanwhile cannot be linked again: drop the link only.
    items = set(session.scalars(select(SupplyItem.id)))
    acts = set(session.scalars(select(Act.id)))
    ids = []
    for gone in removed:
        data = gone.data.replace(
            goods=tuple(GoodsData(g.description, g.value,
                                  g.supply_item_id if g.supply_item_id in items else None, g.id)
                        for g in gone.data.goods),
            promises=tuple(PromiseData(p.kind, p.detail, p.status,
                                       p.act_id if p.act_id in acts else None, p.photo_path,
                                       p.id) for p in gone.data.promises))
        ids.append(add_sponsor(session, data=data, sponsor_id=gone.id,
                               sort_order=gone.sort_order))
        reattach(session, list(gone.links), gone.id)
    return ids
