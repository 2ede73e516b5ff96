"""What the rules and automatic replies would do, in words (for “Test” and “Simulate”):
「自动回复（非工作时间）：亲，…」 instead of ``reply [off_hours]``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

SHOWN = 200  # lines listed before "… and N more"


def _t(text: str) -> str:
    return QCoreApplication.translate("RuleOutcome", text)


def scenario_name(code: str) -> str:
    return {"welcome": _t("welcome"), "off_hours": _t("outside working hours"),
            "public_holiday": _t("public holiday"), "holiday_mode": _t("holiday mode"),
            "busy": _t("all agents busy"), "media_only": _t("image or emoji only"),
            "order_card": _t("order card"), "nudge": _t("nudge"), "closing": _t("closing"),
            "kb": _t("knowledge base"), "rule": _t("rule")}.get(code, code)


def priority_name(code: str) -> str:
    return {"low": _t("low"), "normal": _t("normal"), "high": _t("high"),
            "urgent": _t("urgent")}.get(code, code)


def describe(a: dict, rules: dict[str, str]) -> str:
    """One action as a sentence."""
    kind = a.get("action")
    rule = rules.get(a.get("rule") or "", "")
    if kind == "reply":
        scenario = a.get("scenario") or ""
        why = _t("rule “{0}”").format(rule) if scenario == "rule" and rule else \
            scenario_name(scenario)
        if scenario == "kb" and a.get("score") is not None:
            why = _t("knowledge base, {0:.0%} match").format(a["score"])
        line = _t("Auto-reply ({0}): {1}").format(why, a.get("text") or "")
    elif kind == "block":
        line = _t("Auto-reply held back: it contains “{0}”, a word the shop does not send"
                  ).format(a.get("word") or "")
    elif kind == "assign":
        line = _t("Assign to {0}").format(a.get("agent") or "")
    elif kind == "tag":
        line = _t("Add the tag “{0}”").format(a.get("tag") or "")
    elif kind == "priority":
        line = _t("Set the priority to {0}").format(priority_name(a.get("priority") or ""))
    elif kind == "escalate":
        line = _t("Mark as a complaint for a senior agent (urgent)")
    elif kind == "close":
        line = _t("Close the quiet conversation with the closing message")
    else:
        line = str(kind)
    if rule and kind != "reply":
        line += _t(" (rule “{0}”)").format(rule)
    return line


def describe_actions(done: list[dict], rules: dict[str, str]) -> str:
    """Each action on a line with its time (MM-DD HH:MM), at most ``SHOWN`` lines."""
    lines = [f"{str(a.get('at', ''))[5:16].replace('T', ' ')}  {describe(a, rules)}"
             for a in done[:SHOWN]]
    if len(done) > SHOWN:
        lines.append(_t("… and {0} more").format(len(done) - SHOWN))
    return "\n".join(lines)
