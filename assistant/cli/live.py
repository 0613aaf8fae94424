"""``backcoach run``: the live assistant, microphone in and speech out (keyboard mode with
``--text`` or when there is no microphone)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
import time
from typing import Any

from assistant.cli.common import (
    apply_args,
    load_dialogue,
    make_dialogue,
    open_recognizer,
    print_event,
    say_line,
    stdin_lines,
    stop_on_signals,
)
from assistant.core.instance import AlreadyRunning, InstanceLock
from assistant.core.settings import Settings

NO_MIC = "No microphone was found. I will use the keyboard: type what you want to say."
NO_INPUT = ("no input: {why} and nothing came on standard input, so nobody could be heard; "
            "plug in a microphone (see `backcoach doctor`)")
BAD_SETTINGS = ("Some of my settings are not right, so I am using safe defaults for them. "
                "The details are in the log.")


def _make_tts(settings: Settings, store: Any) -> Any:
    from assistant.audio.tts import TTS

    tts = TTS(settings.speech)
    tts.set_rate(float(store.get_pref("speech.rate", settings.speech.rate)))
    tts.set_volume(float(store.get_pref("speech.volume", settings.speech.volume)))
    return tts


def _ask_deferred(loop: Any, conversation: Any) -> None:
    text = conversation.take_deferred() if conversation.dialogue_ready else None
    if text:
        loop.turn_q.put_nowait((text, time.monotonic()))


async def run_live(args: argparse.Namespace, settings: Settings) -> int:
    restore = stop_on_signals()  # from here on, Ctrl-C and SIGTERM cancel this task
    try:
        return await _live(args, settings)
    finally:
        restore()


async def _live(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.audio.devices import find_device
    from assistant.audio.mic import MicInput
    from assistant.audio.speaker import SpeakerOutput
    from assistant.conversation import Conversation
    from assistant.core.clock import RealClock
    from assistant.core.store import Store
    from assistant.voice.loop import VoiceLoop

    settings = apply_args(args, settings)
    store = Store.for_data_dir(settings.data_path)  # never raises: memory only if it must
    dialogue = make_dialogue(args, settings)
    conversation = Conversation(settings, RealClock(), store, dialogue, first_run_notice=True)
    from assistant.audio.tap import PlaybackTap
    from assistant.hearing import echo
    from assistant.hearing.frontend import make_frontend
    from assistant.hearing.hearing import Hearing

    tap = PlaybackTap()
    output: Any = None
    try:
        output = SpeakerOutput(find_device(settings.audio.output_device, "output"), tap=tap)
        output.start()
    except Exception as exc:  # no speaker: print what would be said
        print(f"no speaker ({exc}); printing what I would say", file=sys.stderr)
        output = None
    mic_index: int | None = None
    keyboard = args.text
    if not keyboard:
        try:
            mic_index = find_device(settings.audio.input_device, "input")
        except Exception:
            keyboard = True
            print(NO_MIC, flush=True)
    tts = _make_tts(settings, store) if output is not None else None
    rec = None if keyboard else await open_recognizer(settings, own_process=True)
    canceller = echo.EchoCanceller() if output is not None and echo.available() else None
    if output is not None and canceller is None:
        print("no echo canceller (apt install libspeexdsp1): only the level gate keeps the "
              "assistant's own voice out", file=sys.stderr, flush=True)
    hearing = (Hearing(rec, echo=canceller, frontend=make_frontend(settings.audio))
               if rec is not None else None)
    loop = VoiceLoop(conversation, hearing, tts, output, settings, on_text=say_line,
                     on_event=print_event)
    mic = None if keyboard else MicInput(mic_index, settings.audio.block_ms,
                                         tap if output is not None else None)
    loop.start(mic)
    # the dialogue model loads once we listen: safety words (help, stop) work meanwhile
    loading = asyncio.ensure_future(load_dialogue(dialogue))
    # a question that came before the model was ready is answered as soon as it is
    loading.add_done_callback(lambda _: _ask_deferred(loop, conversation))
    from assistant.core.events import Say

    if keyboard and not args.text and output is not None:
        loop.deliver([Say(NO_MIC.split(". ")[0] + ".")])
    if getattr(args, "settings_problems", None):
        loop.deliver([Say(BAD_SETTINGS)])
    if store.news_of_problem():  # said now, not only at the first turn (it may be hours away)
        from assistant.core.lines import NO_SAVE

        loop.deliver([Say(NO_SAVE)])
    code = 0
    try:
        if keyboard:
            lines, typed = stdin_lines(), 0
            while (line := await lines.get()) is not None:
                typed += 1
                if line.strip():
                    await loop.submit_text(line.strip())
                    await loop.wait_idle()
            if not typed:  # as under systemd with no microphone: fail, do not pretend to run
                why = "keyboard mode was asked for" if args.text else "no microphone was found"
                print(f"backcoach: {NO_INPUT.format(why=why)}", file=sys.stderr, flush=True)
                code = 1
        else:
            print(f"listening; say \"{settings.recognizer.wake_phrase}\" then your question"
                  if settings.recognizer.wake_phrase else "listening", flush=True)
            await asyncio.Event().wait()  # until Ctrl-C or SIGTERM
        await loop.wait_idle()
    finally:
        await loop.stop()
        loading.cancel()
        if mic is not None:
            mic.close()
        if output is not None:
            output.close()
        store.close()
    return code


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    lock = InstanceLock(apply_args(args, settings).data_path)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # until the loop takes both over
    try:
        # Ctrl-C, even while taking the lock; once running, Ctrl-C and SIGTERM cancel it
        with contextlib.suppress(KeyboardInterrupt, asyncio.CancelledError):
            try:
                lock.acquire()  # before the store is opened: a second copy records nothing
            except AlreadyRunning as exc:
                print(f"backcoach: {exc}", file=sys.stderr, flush=True)
                return 1
            return asyncio.run(run_live(args, settings))
        return 0  # Ctrl-C: stopped on purpose
    finally:
        lock.release()


