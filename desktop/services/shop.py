"""Shop settings: each declared once here with its default."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.store import settings as settings_store
from desktop.store.db import Store

MIN_RETENTION_DAYS = 180
DEFAULTS: dict[str, Any] = {
    "shop.name": "",
    "shop.timezone": "Asia/Shanghai",
    "shop.country": "CN",
    "shop.language": "zh_CN",
    "replies.closing_zh": "亲，还有什么可以帮您的吗？感谢您的咨询，祝您购物愉快~",
    "replies.closing_en": "Is there anything else I can help with? Thanks for shopping with us!",
    # The platform's rating invitation (邀评), offered when a conversation is closed
    "replies.rating_invite_on": True,
    "replies.rating_invite_zh": "亲，本次服务您还满意吗？麻烦您抽空给客服打个分，"
                                "您的评价是我们进步的动力~",
    "replies.rating_invite_en": "Were you happy with our help today? Please take a moment to "
                                "rate this chat; it helps us get better.",
    "ui.sound": True,
    # Auto-replies: each scenario on/off with its text per language (desktop.services.autoreply)
    "autoreply.cooldown_minutes": 30,
    "autoreply.dedicated": {},  # a VIP customer's id on their channel -> their agent's name
    "autoreply.routing": "least_busy",  # or "round_robin"
    "templates.fields": {},  # the shop's own template variables, e.g. {"size_chart": "…"}
    "kb.synonyms": {},
    # Target bands (green from, yellow from); times in seconds, lower is better
    "targets": {"response_rate_24h": [0.95, 0.85], "frt_mean_s": [60, 180],
                "three_min_rate": [0.90, 0.80], "resolution_rate": [0.90, 0.80],
                "csat": [0.95, 0.90]},  # the shop's own, e.g. {"发货": ["寄走"]}
    "autoreply.closing_after_hours": 0,  # 0: off; else close idle conversations with the message
    "autoreply.nudge_after_minutes": 0,  # 0: off; else nudge a customer kept waiting this long
    "autoreply.scenarios": {
        "welcome": {"on": True,
                    "zh": "您好{customer_name}，欢迎光临{shop_name}，有什么可以帮您的吗？",
                    "en": "Hi {customer_name}, welcome to {shop_name}! How can we help?"},
        "off_hours": {"on": True,
                      "zh": "亲，现在是非工作时间，我们{next_open}上班后第一时间回复您~",
                      "en": "Thanks for your message! We're closed now and will reply from "
                            "{next_open}."},
        "public_holiday": {"on": True,
                           "zh": "亲，今天是法定节假日，我们{next_open}恢复服务后第一时间回复您~",
                           "en": "We're closed for a public holiday and will reply from "
                                 "{next_open}."},
        "holiday_mode": {"on": True,
                         "zh": "亲，店铺正在休假，{next_open}恢复服务，留言会第一时间处理~",
                         "en": "Our shop is on holiday until {next_open}; we'll answer your "
                               "message as soon as we're back."},
        "busy": {"on": False, "zh": "亲，客服都在忙，请稍等，马上为您服务~",
                 "en": "All our agents are busy; we'll be with you in a moment."},
        "media_only": {"on": True, "zh": "有什么可以帮您吗？", "en": "How can we help you?"},
        # opens with the parcel's latest event, looked up at once; the lines with order
        # variables go out when the order's state is known (else left out: the last line stays)
        "order_card": {"on": True, "zh": "已为您查询到包裹最新动态：{latest_logistics}"
                                         "（{carrier} {tracking_no}）\n订单状态：{order_status}\n"
                                         "亲，您的订单{order_id}已收到，有其他问题随时告诉我们~",
                       "en": "Latest tracking update for your parcel: {latest_logistics} "
                             "({carrier} {tracking_no})\nStatus: {order_status}\n"
                             "We've got your order {order_id}; tell us if there's anything "
                             "else."},
        "nudge": {"on": True, "zh": "亲，客服正在为您处理，请稍等片刻~",
                  "en": "Thanks for waiting — an agent is on it and will be with you shortly."},
    },
    # Reminders (desktop.services.reminders)
    "reminders.waiting_alert_s": 100,
    "reminders.three_min_warn_s": 150,
    "reminders.deadline_warn_h": 20,
    "reminders.complaint_open_h": 48,
    "reminders.closing_after_h": 24,
    "reminders.surge_count": 5,
    "reminders.after_sale_warn_h": 12,  # before an after-sales request's deadline
    "reminders.after_sale_urgent_h": 2,
    # Scheduled jobs: when each runs (desktop.services.jobrunner), and how long messages stay
    "jobs.plans": {"reminders": "every 60s", "backup": "daily 02:00",
                   "daily_report": "daily 08:00", "retention": "daily 03:30",
                   "kb_gaps": "weekly mon 09:00"},
    "retention.days": 365,
    "backup.on_exit": True,
    # Working hours (see desktop.services.schedule)
    "schedule.week": {d: "09:00-22:00" for d in ("mon", "tue", "wed", "thu", "fri", "sat",
                                                  "sun")},
    "schedule.holiday_switches": {},  # "2026-10-01": "open" — a public holiday worked anyway
    "schedule.closed_days": {},  # "2026-11-11": "盘点" — the shop's own days off
    "schedule.open_days": [],  # extra days open with weekday hours
    # times closed for some hours (a calendar's timed events): {"from", "to", "name"}, ISO
    "schedule.closed_hours": [],
    "schedule.corrections": {},  # "2027": {"holidays": {date: name}, "workdays": [date]}
    "schedule.holiday_mode": {"on": False, "from": None, "to": None, "reply": ""},
    "schedule.shifts": {},  # agent name -> {"mon": "08:00-17:00", ...}
    "schedule.handover": {"text": "", "by": "", "at": None},
}


class SettingError(ValueError):
    """A setting value that cannot be used."""


def get(store: Store, key: str) -> Any:
    value = settings_store.read_all(store.conn).get(key)
    return DEFAULTS.get(key) if value is None else value


def all_settings(store: Store) -> dict[str, Any]:
    return {**DEFAULTS, **settings_store.read_all(store.conn)}


def set_value(store: Store, key: str, value: Any) -> None:
    set_values(store, {key: value})


def set_values(store: Store, values: dict[str, Any]) -> None:
    """Several settings in one transaction (all or none)."""
    for key, value in values.items():
        if key not in DEFAULTS:
            raise SettingError(f"unknown setting {key!r}")
        if key == "shop.timezone":
            zone_of(value)
        if key == "retention.days" and (not isinstance(value, int)
                                        or value < MIN_RETENTION_DAYS):
            raise SettingError(f"messages must be kept at least {MIN_RETENTION_DAYS} days "
                               "(platforms require it)")
    with store.write() as w:
        for key, value in values.items():
            settings_store.write(w, key, value)


def zone_of(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingError(f"unknown time zone {name!r}") from None


def shop_zone(store: Store) -> ZoneInfo:
    return zone_of(get(store, "shop.timezone"))


def zone_offset_minutes(zone: ZoneInfo, epoch_ms: int) -> int:
    """Minutes east of UTC that ``zone`` has at the instant."""
    from desktop.domain.timefmt import moment_in_zone

    return moment_in_zone(epoch_ms, zone).offset_min


def save_profile(store: Store, name: str, timezone: str) -> None:
    """The shop's name and time zone, checked and saved together."""
    zone_of(timezone)
    with store.write() as w:
        settings_store.write(w, "shop.name", name.strip())
        settings_store.write(w, "shop.timezone", timezone)
