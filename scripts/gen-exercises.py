#!/usr/bin/env python3
# Usage: python3 scripts/gen-exercises.py   (regenerates corpora/exercises/*.lean and solutions/)
"""Generate the exercise files and their solutions from one template per level.

A template is Lean text in which every hole is written `⟦proof⟧`. The exercise file gets
`sorry` in place of each hole, the solution file gets the proof; every other byte is the
same, so the two files have the same declarations in the same order. A multi-line proof
is written with its own line breaks and indentation, exactly as it must appear in the
solution file.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "exercise-templates")
OUT = os.path.join(os.path.dirname(HERE), "corpora", "exercises")

HOLE = re.compile(r"⟦([\s\S]*?)⟧")


def main():
    os.makedirs(os.path.join(OUT, "solutions"), exist_ok=True)
    for fn in sorted(os.listdir(TEMPLATES)):
        if not fn.endswith(".lean"):
            continue
        text = open(os.path.join(TEMPLATES, fn), encoding="utf-8").read()
        exercise = HOLE.sub("sorry", text)
        solution = HOLE.sub(lambda m: m.group(1), text)
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write(exercise)
        with open(os.path.join(OUT, "solutions", fn), "w", encoding="utf-8") as f:
            f.write(solution)
        print(f"{fn}: {len(HOLE.findall(text))} holes")


if __name__ == "__main__":
    main()
