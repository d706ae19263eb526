from enum import StrEnum


class NotificationNotificationType(StrEnum):
    CUSTOM = "custom"
    DISCORD = "discord"
    EMAIL = "email"
    GOTIFY = "gotify"
    LARK = "lark"
    MATTERMOST = "mattermost"
    NTFY = "ntfy"
    PUSHOVER = "pushover"
    RESEND = "resend"
    SLACK = "slack"
    TEAMS = "teams"
    TELEGRAM = "telegram"

    def __str__(self) -> str:
        return str(self.value)
