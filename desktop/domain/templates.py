"""Reply templates: ``{variables}`` checked when saved, filled in when sent.

An unknown variable or an unbalanced brace is an error at save time, so a customer never
receives a literal ``{order_id}``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from string import Formatter

from desktop.domain.orders import without_unfilled

STANDARD_VARIABLES = ("customer_name", "order_id", "agent_name", "shop_name", "next_open",
                      "tracking_no", "order_status", "carrier", "latest_logistics")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class TemplateError(ValueError):
    """A template body that cannot be sent."""


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    body: str
    shortcut: str = ""
    language: str = "zh"
    category: str = ""
    # pinyin initials of the name, made by the service (发货 -> fh); a name with characters
    # of several readings has each spelling, space-separated (重发 -> "zf cf")
    initials: str = ""
    custom: tuple[str, ...] = field(default=())  # extra variables this shop defines


def variables(body: str) -> list[str]:
    """The variables a body uses; raises :class:`TemplateError` for broken braces."""
    try:
        parts = list(Formatter().parse(body))
    except ValueError as exc:
        raise TemplateError(f"unbalanced braces: {exc}") from None
    names = []
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if not _NAME.match(name) or spec or conversion:
            raise TemplateError(f"“{{{name}}}” is not a variable name")
        names.append(name)
    return names


def validate(body: str, custom: tuple[str, ...] = ()) -> None:
    if not body.strip():
        raise TemplateError("a template needs a body")
    unknown = [v for v in variables(body) if v not in STANDARD_VARIABLES and v not in custom]
    if unknown:
        raise TemplateError("unknown variable " + ", ".join(f"{{{v}}}" for v in unknown))


def render(body: str, values: dict[str, str]) -> str:
    """The body with its variables filled in; a missing value becomes empty, never ``{x}``;
    a line naming an order variable without a value is left out (the order's live part)."""
    body = without_unfilled(body, values)
    return body.format_map({name: values.get(name, "") for name in variables(body)})


def search(templates: list[Template], typed: str, language: str | None = None,
           limit: int = 8) -> list[Template]:
    """Templates for what follows "/": shortcut, name or pinyin initials; the customer's
    language first."""
    typed = typed.strip().lower()

    def score(t: Template) -> int | None:
        if not typed:
            return 3
        if t.shortcut.lower().startswith(typed):
            return 0
        if any(spelling.startswith(typed) for spelling in t.initials.split()):
            return 1
        if typed in t.name.lower() or typed in t.body.lower()[:200]:
            return 2
        return None

    ranked = []
    for t in templates:
        s = score(t)
        if s is not None:
            ranked.append((s, 0 if language and t.language == language else 1, t.name, t))
    return [t for *_, t in sorted(ranked, key=lambda r: r[:3])][:limit]
