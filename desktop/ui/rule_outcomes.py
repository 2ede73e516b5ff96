"""What the rules and automatic replies would do, in words (for “Test” and “Simulate”):
「自动回复（非工作时间）：亲，…」 instead of ``reply [off_hours]``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.translation_view import language_name

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

SHOWN = 200  # lines listed before "… and N more"


def scenario_name(code: str) -> str:
    return {
        "welcome": translate("RuleOutcome", "welcome"),
        "off_hours": translate("RuleOutcome", "outside working hours"),
        "public_holiday": translate("RuleOutcome", "public holiday"),
        "holiday_mode": translate("RuleOutcome", "holiday mode"),
        "busy": translate("RuleOutcome", "all agents busy"),
        "media_only": translate("RuleOutcome", "image or emoji only"),
        "order_card": translate("RuleOutcome", "order card"),
        "nudge": translate("RuleOutcome", "nudge"),
        "closing": translate("RuleOutcome", "closing"),
        "kb": translate("RuleOutcome", "knowledge base"),
        "rule": translate("RuleOutcome", "rule"),
    }.get(code, code)


def priority_name(code: str) -> str:
    return {
        "low": translate("RuleOutcome", "low"),
        "normal": translate("RuleOutcome", "normal"),
        "high": translate("RuleOutcome", "high"),
        "urgent": translate("RuleOutcome", "urgent"),
    }.get(code, code)


def describe(a: dict, rules: dict[str, str]) -> str:
    """One action as a sentence."""
    kind = a.get("action")
    rule = rules.get(a.get("rule") or "", "")
    if kind == "reply":
        scenario = a.get("scenario") or ""
        why = (
            translate("RuleOutcome", "rule “{0}”").format(rule)
            if scenario == "rule" and rule
            else scenario_name(scenario)
        )
        if scenario == "kb" and a.get("score") is not None:
            why = translate("RuleOutcome", "knowledge base, {0:.0%} match").format(a["score"])
        line = translate("RuleOutcome", "Auto-reply ({0}): {1}").format(why, a.get("text") or "")
    elif kind == "block":
        line = translate(
            "RuleOutcome", "Auto-reply held back: it contains “{0}”, a word the shop does not send"
        ).format(a.get("word") or "")
    elif kind == "assign":
        line = translate("RuleOutcome", "Assign to {0}").format(a.get("agent") or "")
    elif kind == "tag":
        line = translate("RuleOutcome", "Add the tag “{0}”").format(a.get("tag") or "")
    elif kind == "priority":
        line = translate("RuleOutcome", "Set the priority to {0}").format(
            priority_name(a.get("priority") or "")
        )
    elif kind == "escalate":
        line = translate("RuleOutcome", "Mark as a complaint for a senior agent (urgent)")
    elif kind == "close":
        line = translate("RuleOutcome", "Close the quiet conversation with the closing message")
    else:
        line = str(kind)
    if rule and kind != "reply":
        line += translate("RuleOutcome", " (rule “{0}”)").format(rule)
    return line + translated(a)


def translated(a: dict) -> str:
    """Whether an auto-reply goes out translated into the customer's language."""
    if not a.get("translate_to"):
        return ""
    lang = language_name(a["translate_to"])
    if a.get("simulated"):
        return "  " + translate("RuleOutcome", "(would be translated into {0})").format(lang)
    if a.get("translation_error"):
        return "  " + translate("RuleOutcome", "(not translated into {0}: {1})").format(
            lang, a["translation_error"])
    return "  " + translate("RuleOutcome", "(translated into {0})").format(lang)


def describe_actions(done: list[dict], rules: dict[str, str]) -> str:
    """Each action on a line with its time (MM-DD HH:MM), at most ``SHOWN`` lines."""
    lines = [
        f"{str(a.get('at', ''))[5:16].replace('T', ' ')}  {describe(a, rules)}"
        for a in done[:SHOWN]
    ]
    if len(done) > SHOWN:
        lines.append(translate("RuleOutcome", "… and {0} more").format(len(done) - SHOWN))
    return "\n".join(lines)
