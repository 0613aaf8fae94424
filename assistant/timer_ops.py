"""The spoken timer commands: start, status, cancel, pause, resume, add time, control.

A mixin of :class:`assistant.timers.TimerService`, split out so each file reads in one sitting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant import timer_text as T
from assistant.events import Output, Say, TimerCancelled, TimerExtended, TimerPaused, TimerResumed
from assistant.store import TimerRow

if TYPE_CHECKING:
    from assistant.settings import TimerSettings
    from assistant.store import Store

EARLY_HEAT_SECONDS = 72 * 3600
HALFWAY = 1
ONE_MINUTE = 2
"""Bits of ``TimerRow.prompts_done``."""


class TimerOpsMixin:
    store: Store
    settings: TimerSettings
    timers: dict[int, TimerRow]

    if TYPE_CHECKING:
        def _new_timer(self, kind: str, seconds: float, now: float, label: str = "") -> list[Output]: ...
        def _set_state(self, t: TimerRow, state: str) -> None: ...
        def _ack(self, now: float) -> list[Output]: ...
        def _ask_choice(self, op: str, args: dict[str, Any], kinds: list[str], now: float,
                        allow_both: bool) -> list[Output]: ...

    # ------------------------------------------------------------------ selection
    def _user_timers(self, states: tuple[str, ...]) -> list[TimerRow]:
        """Timers the person set (not the automatic reminders), in the given states."""
        return sorted((t for t in self.timers.values() if t.state in states and not
                       t.label.startswith(("next_session", "alternate_break"))),
                      key=lambda t: t.id)

    def _targets(self, op: str, args: dict[str, Any], states: tuple[str, ...], now: float,
                 allow_both: bool = True) -> list[TimerRow] | list[Output]:
        """The timers an op is about, or a short question when it is not clear which."""
        kind = args.get("kind")
        candidates = self._user_timers(states)
        if kind in ("both", "all"):
            return candidates
        if kind:
            return [t for t in candidates if t.kind == kind]
        if len({t.kind for t in candidates}) > 1:
            return self._ask_choice(op, args, [t.kind for t in candidates], now, allow_both)
        return candidates

    @staticmethod
    def _is_question(result: list[Any]) -> bool:
        return bool(result) and isinstance(result[0], Say)

    def _none_text(self, args: dict[str, Any], what: str = "running") -> list[Output]:
        kind = args.get("kind")
        if kind in T.NAMES:
            return [Say(f"There is no {T.NAMES[kind]} {what}.")]
        return [Say(f"No timer is {what}.")]

    # ------------------------------------------------------------------ start
    def _start(self, args: dict[str, Any], now: float) -> list[Output]:
        kind, seconds = args.get("kind"), args.get("seconds")
        label = ""
        if kind == "alternate":
            kind, label, seconds = "heat", "alternate", 20 * 60
        if kind is None:
            if seconds is None:
                return self._ask_choice("timer.start", args, ["ice", "heat"], now, False)
            kind = "other"
        if kind not in T.NAMES:
            kind = "other"
        for t in self._user_timers(("running", "paused", "ringing")):
            if t.kind == kind and kind != "other":
                return self._status({"kind": kind}, now)
        s = self.settings
        default = {"ice": s.ice_default_minutes, "heat": s.heat_default_minutes}.get(kind)
        cap = {"ice": s.ice_max_minutes, "heat": s.heat_max_minutes}.get(kind, s.other_max_minutes) * 60
        if seconds is None or float(seconds) <= 0:
            if default is None:
                return [Say("For how long? For example, say ten minutes.")]
            seconds = default * 60
        seconds = float(seconds)
        out: list[Output] = []
        capped = seconds > cap
        asked = seconds
        seconds = min(seconds, cap)
        out += self._new_timer(kind, seconds, now, label)
        if label == "alternate":
            out.append(Say("We will alternate. Heat first, for 20 minutes, then a 20 minute "
                           "break, then ice."))
        out.append(Say(T.start_text(kind, seconds)))
        if capped:
            out.append(Say(T.cap_text(kind, asked, cap)))
        if kind == "heat" and label != "alternate":
            first_ice = self.store.first_session("ice")
            if first_ice and now - first_ice.started_at < EARLY_HEAT_SECONDS:
                out.append(Say(T.HEAT_EARLY_NOTE))
        return out

    # ------------------------------------------------------------------ status
    def _status(self, args: dict[str, Any], now: float) -> list[Output]:
        kind = args.get("kind")
        timers = [t for t in self.timers.values() if kind in (None, "both", "all", t.kind)]
        if not timers:
            return self._none_text(args)
        out: list[Output] = []
        for t in sorted(timers, key=lambda x: x.id):
            name = T.timer_name(t.kind, t.label).capitalize()
            if t.state == "running":
                left = T.say_duration(t.deadline - now, about=True)
                out.append(Say(f"The {name[0].lower()}{name[1:]} has {left} left."))
            elif t.state == "paused":
                left = T.say_duration(t.paused_remaining or 0, about=True)
                out.append(Say(f"The {name[0].lower()}{name[1:]} is paused, with {left} left."))
            elif t.state == "ringing":
                out.append(Say(T.end_text(t.kind, 0), urgent=True))
        return out

    # ------------------------------------------------------------------ cancel
    def _cancel(self, args: dict[str, Any], now: float) -> list[Output]:
        if any(t.state == "ringing" and args.get("kind") in (None, "both", "all", t.kind)
               for t in self.timers.values()):
            return self._ack(now)  # cancelling a ringing timer means the pack is off
        targets = self._targets("timer.cancel", args, ("running", "paused", "ringing"), now)
        if self._is_question(targets):
            return targets  # type: ignore[return-value]
        if not targets and not args.get("kind"):
            targets = [t for t in self.timers.values() if t.state in ("running", "paused")]
        if not targets:
            return self._none_text(args)
        out: list[Output] = []
        for t in targets:
            assert isinstance(t, TimerRow)
            remaining = t.paused_remaining if t.state == "paused" else t.deadline - now
            active = t.seconds - max(0.0, remaining or 0.0)
            if t.kind in ("ice", "heat") and active >= 60:
                self.store.add_session(t.kind, t.started_at, now, active)
            self._set_state(t, "cancelled")
            out.append(TimerCancelled(t.kind, t.id))
            out.append(Say(f"{T.timer_name(t.kind, t.label).capitalize()} cancelled."))
        return out

    # ------------------------------------------------------------------ pause / resume
    def _pause(self, args: dict[str, Any], now: float) -> list[Output]:
        targets = self._targets("timer.pause", args, ("running",), now)
        if self._is_question(targets):
            return targets  # type: ignore[return-value]
        if not targets:
            return self._none_text(args)
        out: list[Output] = []
        for t in targets:
            assert isinstance(t, TimerRow)
            t.paused_remaining = max(0.0, t.deadline - now)
            self._set_state(t, "paused")
            left = T.say_duration(t.paused_remaining, about=True)
            out += [TimerPaused(t.kind, t.id, round(t.paused_remaining)),
                    Say(f"{T.timer_name(t.kind).capitalize()} paused, with {left} left. "
                        "Say resume when you are ready.")]
        return out

    def _resume(self, args: dict[str, Any], now: float) -> list[Output]:
        targets = self._targets("timer.resume", args, ("paused",), now)
        if self._is_question(targets):
            return targets  # type: ignore[return-value]
        if not targets:
            return self._none_text(args, "paused")
        out: list[Output] = []
        for t in targets:
            assert isinstance(t, TimerRow)
            remaining = t.paused_remaining or 0.0
            t.deadline = now + remaining
            t.paused_remaining = None
            self._set_state(t, "running")
            left = T.say_duration(remaining, about=True)
            out += [TimerResumed(t.kind, t.id, round(remaining)),
                    Say(f"{T.timer_name(t.kind).capitalize()} running again, {left} left.")]
        return out

    # ------------------------------------------------------------------ add time
    def _add(self, args: dict[str, Any], now: float) -> list[Output]:
        targets = self._targets("timer.add", args, ("running", "paused", "ringing"), now,
                                allow_both=False)
        if self._is_question(targets):
            return targets  # type: ignore[return-value]
        if not targets:
            return self._none_text(args)
        if args.get("seconds") is None:
            return [Say("How much time should I add? For example, say add five minutes.")]
        t = targets[0]
        assert isinstance(t, TimerRow)
        s = self.settings
        cap = {"ice": s.ice_max_minutes, "heat": s.heat_max_minutes}.get(t.kind, s.other_max_minutes) * 60
        add = min(float(args["seconds"]), cap - t.seconds)
        if add <= 0:
            return [Say(f"The {T.timer_name(t.kind)} is already at {T.say_duration(t.seconds)}, "
                        f"the most for one session. {T.cap_reason(t.kind)}")]
        out: list[Output] = []
        if t.state == "ringing":
            t.deadline, t.state, t.next_prompt_at, t.reprompts = now + add, "running", None, 0
        elif t.state == "paused":
            t.paused_remaining = (t.paused_remaining or 0.0) + add
        else:
            t.deadline += add
        t.seconds += add
        remaining = t.paused_remaining if t.state == "paused" else t.deadline - now
        if (remaining or 0) > 60:
            t.prompts_done &= ~ONE_MINUTE  # the one-minute prompt comes again
        self.store.save_timer(t)
        out += [TimerExtended(t.kind, t.id, round(add)),
                Say(f"Added {T.say_duration(add)}. The {T.timer_name(t.kind)} has "
                    f"{T.say_duration(remaining or 0, about=True)} left.")]
        if add < float(args["seconds"]):
            out.append(Say(T.cap_text(t.kind, t.seconds - add + float(args["seconds"]), cap)))
        return out

    # ------------------------------------------------------------------ generic commands
    def _control(self, cmd: str, now: float) -> list[Output] | None:
        if cmd in ("stop", "done", "off") and any(t.state == "ringing" for t in self.timers.values()):
            return self._ack(now)
        if cmd == "stop" and self._user_timers(("running", "paused")):
            return self._cancel({}, now)
        if cmd == "pause" and self._user_timers(("running",)):
            return self._pause({}, now)
        if cmd == "resume" and self._user_timers(("paused",)):
            return self._resume({}, now)
        return None
