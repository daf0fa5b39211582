#!/usr/bin/env python3
"""A fake Lean REPL for the LeanREPL tests: a test double, not Lean.

It reads requests the way the real REPL does (lines joined after trimming trailing whitespace,
ended by a blank line; requests starting with '#' or '--' are skipped) and answers in the real
REPL's shapes with a toy logic: a command gets the next env id and one proof state per `sorry`
(goal `n : Nat\n⊢ n = n`); a tactic `done` completes, `fail` returns an error message, `split`
opens two goals, anything else keeps one goal. Fault modes are switched on by options; each
fires when a request's text contains the given marker.
"""
import json
import os
import random
import subprocess
import sys
import time

args = sys.argv[1:]


def option(name, default=None):
    if name in args:
        return args[args.index(name) + 1]
    return default


def flag(name):
    return name in args


hang_on = option("--hang-on")
exit_on = option("--exit-on")
garbage_on = option("--garbage-on")
huge_on = option("--huge-on")
grow_on = option("--grow-on")
late_on = option("--late-on")
late_seconds = float(option("--late-seconds", "1.0"))
double_on = option("--double-on")
# With --pid-goals every goal names this process, so that goals differ after a restart.
GOAL = "n : Nat\n⊢ n = %d" % os.getpid() if flag("--pid-goals") else "n : Nat\n⊢ n = n"
no_header = flag("--no-header")
stray = flag("--stray")
chunked_seed = option("--chunked")
replay = option("--replay")
replay_test = option("--replay-test")
rng = random.Random(int(chunked_seed)) if chunked_seed else None

if flag("--grandchild"):
    subprocess.Popen(["sleep", "1000"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL)

out = sys.stdout.buffer
inp = sys.stdin.buffer


def write(data):
    if rng is None:
        out.write(data)
        out.flush()
        return
    position = 0
    while position < len(data):
        size = rng.randint(1, 64)
        out.write(data[position:position + size])
        out.flush()
        position += size
        if rng.random() < 0.3:
            time.sleep(rng.random() * 0.003)


def reply(obj):
    write((json.dumps(obj, ensure_ascii=False, indent=1) + "\n\n").encode("utf-8"))


def read_request():
    lines = []
    while True:
        line = inp.readline()
        if not line:
            return "".join(lines) if lines else None
        text = line.decode("utf-8")
        if text.strip() == "":
            return "".join(lines) if lines else text
        lines.append(text.rstrip())


pairs = []
if replay:
    with open(replay, encoding="utf-8") as handle:
        pairs = [json.loads(line) for line in handle if line.strip()]
    if replay_test:
        pairs = [pair for pair in pairs if pair["test"] == replay_test]

envs = 0
states = 0
count = 0
while True:
    query = read_request()
    if query is None or query == "":
        break
    if query.startswith("#") or query.startswith("--"):
        continue
    try:
        request = json.loads(query)
    except ValueError as error:
        sys.stderr.write("uncaught exception: could not parse JSON: %s\n" % error)
        sys.exit(1)
    count += 1
    if replay:
        pair = pairs[count - 1]
        if request != pair["request"]:
            reply({"message": "replay mismatch at request %d" % count})
        else:
            write(pair["response_raw"].encode("utf-8"))
        continue
    if no_header and count == 1:
        time.sleep(3600)
    if hang_on and hang_on in query:
        time.sleep(3600)
    if exit_on and exit_on in query:
        write(b'{"env":\n 1')
        sys.stderr.write("fake repl: exiting mid-reply\n")
        sys.stderr.flush()
        os._exit(3)
    if garbage_on and garbage_on in query:
        write(b"{this is not json\n\n")
        continue
    if grow_on and grow_on in query:
        hoard = []
        for _ in range(400):
            hoard.append(bytearray(8 << 20))
            time.sleep(0.01)
        time.sleep(3600)
    if huge_on and huge_on in query:
        envs += 1
        reply({"env": envs - 1, "messages": [{"severity": "info", "pos": {"line": 1, "column": 0},
                                               "endPos": None, "data": "x" * (10 << 20)}]})
        continue
    if late_on and late_on in query:
        time.sleep(late_seconds)
    if stray:
        write(b"stray output line\n")
    if "tactic" in request and "proofState" in request:
        if request["proofState"] >= states:
            reply({"message": "Unknown proof state."})
            continue
        tactic = request["tactic"]
        states += 1
        if tactic == "done":
            reply({"proofState": states - 1, "goals": [], "proofStatus": "Completed"})
        elif tactic == "fail":
            reply({"proofState": states - 1, "goals": [], "proofStatus": "Incomplete: contains sorry",
                   "messages": [{"severity": "error", "pos": {"line": 0, "column": 0},
                                 "endPos": {"line": 0, "column": 0}, "data": "tactic failed"}]})
        elif tactic == "split":
            reply({"proofState": states - 1, "goals": ["case left\n" + GOAL, "case right\n" + GOAL],
                   "proofStatus": "Incomplete: open goals remain"})
        else:
            reply({"proofState": states - 1, "goals": [GOAL],
                   "proofStatus": "Incomplete: open goals remain"})
    elif "cmd" in request:
        if "env" in request and request["env"] >= envs:
            reply({"message": "Unknown environment."})
            continue
        cmd = request["cmd"]
        sorries = []
        messages = []
        line_number = 1
        for line_number, line in enumerate(cmd.split("\n"), start=1):
            column = line.find("sorry")
            while column >= 0:
                sorries.append({"proofState": states, "goal": GOAL,
                                "pos": {"line": line_number, "column": column},
                                "endPos": {"line": line_number, "column": column + 5}})
                states += 1
                column = line.find("sorry", column + 5)
        if sorries:
            messages.append({"severity": "warning", "pos": {"line": 1, "column": 0},
                             "endPos": {"line": 1, "column": 7}, "data": "declaration uses `sorry`"})
        if "echo" in cmd:
            messages.append({"severity": "info", "pos": {"line": 1, "column": 0},
                             "endPos": {"line": 1, "column": 4}, "data": cmd})
        if "error" in cmd:
            messages.append({"severity": "error", "pos": {"line": 1, "column": 0},
                             "endPos": {"line": 1, "column": 1}, "data": "Unknown identifier `error`"})
        envs += 1
        response = {"env": envs - 1}
        if messages:
            response["messages"] = messages
        if sorries:
            response["sorries"] = sorries
        reply(response)
        if double_on and double_on in query:
            reply(response)
    else:
        reply({"message": "unsupported request"})
