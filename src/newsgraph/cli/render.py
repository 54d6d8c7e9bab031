"""Terminal rendering of records (rich). Pure: record dicts in, rich renderables out."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text


def _short(s: str | None, n: int = 90) -> str:
    if not s:
        return ""
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def analysis(record: dict[str, Any]) -> RenderableType:
    """A readable view of one analysis record: a header, then one table per annotation kind."""
    art = record["article"]
    if "error" in record:
        return Text(f"✗ {record['error'].get('input') or ''}: {record['error']['message']} "
                    f"[{record['error']['code']}]", style="red")
    head = Text()
    head.append(art.get("title") or "(no title)", style="bold")
    meta = " · ".join(str(x) for x in (art.get("source"), art.get("published"), art.get("url")) if x)
    head.append(f"\n{meta}\n" if meta else "\n", style="dim")
    head.append(f"id {art['id']} · {len(art['text'])} characters", style="dim")
    parts: list[RenderableType] = [head]
    names = {e["id"]: e["name"] for e in record.get("entities", [])}
    places = {p["id"]: p["name"] for p in record.get("places", [])}

    if record.get("entities"):
        t = _table("Entities", "name", "type", "actor", "titles", "mentions")
        for e in record["entities"]:
            actor = e.get("actor") or {}
            t.add_row(e["name"], e["type"], actor.get("code") or "", ", ".join(e.get("titles", [])),
                      str(len(e["mentions"])))
        parts.append(t)
    if record.get("events"):
        t = _table("Events", "code", "event", "source", "target", "date", "place", "mode", "trigger", "conf")
        for ev in record["events"]:
            mode = ev["mode"] + (" (negated)" if ev["negated"] else "")
            t.add_row(ev["code"], ev["label"], _arg(ev.get("source"), names), _arg(ev.get("target"), names),
                      ev.get("date") or "", places.get(ev.get("place") or "", ""), mode,
                      ev["trigger"]["text"], f"{ev['confidence']:.2f}")
        parts.append(t)
    if record.get("quotes"):
        t = _table("Quotes", "speaker", "kind", "quote", "via")
        for q in record["quotes"]:
            sp = q.get("speaker") or {}
            who = names.get(sp.get("entity") or "", sp.get("text") or "")
            t.add_row(who, q["kind"], _short(q["text"]), ", ".join(v["text"] for v in q.get("via", [])))
        parts.append(t)
    if record.get("times"):
        t = _table("Times", "text", "type", "value")
        for x in record["times"]:
            t.add_row(x["text"], x["type"], x.get("value") or "—")
        parts.append(t)
    if record.get("places"):
        t = _table("Places", "name", "country", "feature", "lat, lon", "mentions")
        for p in record["places"]:
            ll = f"{p['lat']:.3f}, {p['lon']:.3f}" if p.get("lat") is not None else ""
            t.add_row(p["name"], p.get("country") or "", p.get("feature") or "", ll, str(len(p["mentions"])))
        parts.append(t)
    if record.get("amounts"):
        t = _table("Amounts", "text", "value", "unit", "measure", "date")
        for a in record["amounts"]:
            v = a["value"]
            shown = f"{v:,.0f}" if float(v).is_integer() and abs(v) < 1e18 else f"{v:,.6g}"
            t.add_row(a["text"], shown, a["unit"], _short(a.get("measure"), 50), a.get("date") or "")
        parts.append(t)
    if record.get("tags"):
        t = _table("Tags", "tag", "score")
        for tag in record["tags"]:
            t.add_row(tag["label"], f"{tag['score']:.2f}")
        parts.append(t)
    tone = record.get("tone")
    if tone:
        parts.append(Text(
            f"Tone {tone['tone']:+.2f} (positive {tone['positive']:.2f}, negative {tone['negative']:.2f}, "
            f"polarity {tone['polarity']:.2f}, {tone['word_count']} words)"))
    return Group(*parts)


def _arg(arg: dict[str, Any] | None, names: dict[str, str]) -> str:
    if not arg:
        return ""
    who = names.get(arg.get("entity") or "", arg.get("text") or "")
    return f"{who} ({arg['actor_code']})" if arg.get("actor_code") else who


def _table(title: str, *columns: str) -> Table:
    t = Table(title=title, title_justify="left", title_style="bold cyan", show_lines=False)
    for c in columns:
        t.add_column(c, overflow="fold")
    return t


def key_values(title: str, data: dict[str, Any]) -> Table:
    t = _table(title, "what", "count")
    for k, v in data.items():
        t.add_row(str(k), str(v))
    return t


def rows(title: str, columns: list[str], items: list[dict[str, Any]]) -> Table:
    t = _table(title, *columns)
    for item in items:
        t.add_row(*(_short(str(item.get(c) if item.get(c) is not None else ""), 80) for c in columns))
    return t


def entity_profile(p: dict[str, Any]) -> RenderableType:
    head = Text()
    head.append(f"{p['name']}", style="bold")
    head.append(f"  {p['type']} · {p['id']}\n", style="dim")
    head.append(f"{p['articles']} articles, {p['mentions']} mentions, seen {p['first_seen'] or '?'} to "
                f"{p['last_seen'] or '?'}\n")
    head.append("also: " + ", ".join(p["aliases"]), style="dim")
    parts: list[RenderableType] = [head]
    roles = [{**r, "articles": len(r["articles"])} for r in p["roles"]]
    parts.append(rows("Roles over time", ["title", "actor_code", "first_seen", "last_seen", "articles"], roles))
    if p["events"]:
        parts.append(rows("Events", ["date", "code", "label", "role", "other", "article"], p["events"]))
    if p["quotes"]:
        parts.append(rows("Quotes", ["kind", "text", "article"], p["quotes"]))
    return Group(*parts)
