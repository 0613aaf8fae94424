"""``backcoach run``: the live assistant, microphone in and speech out (keyboard mode with
``--text`` or when there is no microphone)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
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
)
from assistant.core.settings import Settings

NO_MIC = "No microphone was found. I will use the keyboard: type what you want to say."


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
    from assistant.audio.devices import find_device
    from assistant.audio.mic import MicInput
    from assistant.audio.speaker import SpeakerOutput
    from assistant.conversation import Conversation
    from assistant.core.clock import RealClock
    from assistant.core.store import Store
    from assistant.voice.loop import VoiceLoop

    settings = apply_args(args, settings)
    settings.data_path.mkdir(parents=True, exist_ok=True)
    store = Store.for_data_dir(settings.data_path)
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
    if keyboard and not args.text and output is not None:
        from assistant.core.events import Say

        loop.deliver([Say(NO_MIC.split(". ")[0] + ".")])
    try:
        if keyboard:
            aio = asyncio.get_running_loop()
            while line := await aio.run_in_executor(None, sys.stdin.readline):
                if line.strip():
                    await loop.submit_text(line.strip())
                    await loop.wait_idle()
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
    return 0


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    with contextlib.suppress(KeyboardInterrupt):
        return asyncio.run(run_live(args, settings))
    return 0


