#!/usr/bin/env python3
"""Generates the operator screen's three verdict sounds (16-bit mono 22.05 kHz WAV).

PASS: a short rising two-tone chime. FAIL: a low double buzz. ERROR: three fast mid beeps.
Distinct in pitch *and* rhythm, so they can be told apart in a noisy hall.
Run: python3 resources/sounds/make_tones.py  (writes pass.wav, fail.wav, error.wav here)
"""
import math
import os
import struct
import wave

RATE = 22050


def tone(freq, ms, volume=0.6, square=False):
    n = int(RATE * ms / 1000)
    out = []
    fade = int(RATE * 0.005)
    for i in range(n):
        s = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            s = 0.6 if s >= 0 else -0.6
        env = min(1.0, i / fade, (n - i) / fade) if fade else 1.0
        out.append(s * volume * env)
    return out


def silence(ms):
    return [0.0] * int(RATE * ms / 1000)


def write(name, samples):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples))


write("pass.wav", tone(880, 120) + tone(1320, 220))
write("fail.wav", tone(220, 250, square=True) + silence(80) + tone(220, 250, square=True))
write("error.wav", sum((tone(660, 90) + silence(60) for _ in range(3)), []))
