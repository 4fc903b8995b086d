#!/usr/bin/env python3
"""Checks consultation files against data/sv-konsultationer/FORMAT.md. Usage: check_corpus.py FILE..."""
import re, sys
ROLES = {"lakare","sjukskoterska","distriktsskoterska","fysioterapeut","arbetsterapeut","patient","anhorig","foralder","tolk","personal"}
J = ["Kontaktorsak","Aktuellt/Anamnes","Tidigare sjukdomar","Socialt","Läkemedel","Allergier","Status","Bedömning","Åtgärd/Planering"]
JK = ["kontaktorsak","aktuellt","tidigare","socialt","lakemedel","allergier","status","bedomning","atgard"]
O = ["Kontaktorsak","Kommunikation","Andning/Cirkulation","Nutrition","Elimination","Hud/Vävnad","Aktivitet","Sömn","Smärta","Psykosocialt","Läkemedel","Bedömning","Åtgärd","Planering"]
OK = ["kontaktorsak","kommunikation","andning","nutrition","elimination","hud","aktivitet","somn","smarta","psykosocialt","lakemedel","bedomning","atgard","planering"]
KINDS = {"lakemedel":5,"vital":2,"lab":2,"skattning":2,"allergi":1,"uppfoljning":1}
bad = 0
for f in sys.argv[1:]:
    errs = []
    t = open(f, encoding="utf-8").read()
    try:
        head, rest = t.split("\n---\n", 1)
        dia, rest = rest.split("=== ANTECKNING\n", 1)
        note, facts = rest.split("=== FAKTA\n", 1)
    except ValueError:
        print(f, ": missing ---, === ANTECKNING or === FAKTA"); bad += 1; continue
    meta = dict(l.split(":", 1) for l in head.strip().splitlines())
    meta = {k.strip(): v.split("#")[0].strip() for k, v in meta.items()}
    for k in ["id","kontakt","yrke","mall","problem"]:
        if k not in meta: errs.append("meta lacks " + k)
    mall = meta.get("mall")
    heads, keys = (J, JK) if mall == "sv-journal" else (O, OK) if mall == "sv-omvardnad" else (None, None)
    if heads is None: errs.append("mall must be sv-journal or sv-omvardnad")
    if meta.get("kontakt") not in {"mottagning","hembesok","telefon","video"}: errs.append("bad kontakt")
    turns = [l for l in dia.strip().splitlines() if l.strip()]
    if not 25 <= len(turns) <= 70: errs.append(f"{len(turns)} turns (want 25-60)")
    used = set()
    for l in turns:
        m = re.match(r"^\[([a-zåäö]+)\|([a-zåäö-]+)\] (.+)$", l)
        if not m: errs.append("bad turn line: " + l[:60]); continue
        if m.group(1) not in ROLES: errs.append("bad role " + m.group(1))
        if keys and m.group(2) != "-" and m.group(2) not in keys: errs.append("bad section " + m.group(2))
        used.add(m.group(2))
        if re.search(r"\d", m.group(3)): errs.append("digit in dialogue: " + m.group(3)[:60])
    if heads:
        order = []
        for l in note.splitlines():
            if l.strip() in heads: order.append(heads.index(l.strip()))
            elif l.strip() and len(l.strip()) < 25 and not l.strip().endswith(".") and ":" not in l: errs.append("heading? " + l)
        if order != sorted(order) or len(set(order)) != len(order): errs.append("headings out of order or repeated")
        for k in used - {"-"}:
            if k in keys and heads[keys.index(k)] not in note: errs.append(f"turns labelled {k} but note lacks heading {heads[keys.index(k)]}")
    for l in facts.strip().splitlines():
        if not l.strip(): continue
        k, _, v = l.partition(":")
        if k not in KINDS: errs.append("bad fact kind " + k); continue
        if len(v.split("|")) != KINDS[k]: errs.append(f"fact {k} needs {KINDS[k]} parts: " + l)
    nd, nn = len(dia.split()), len(note.split())
    if not (nd / 6 <= nn <= nd / 1.8): errs.append(f"note {nn} words vs dialogue {nd}: want about a third to a fifth")
    for e in errs: print(f, ":", e)
    bad += bool(errs)
print(f"{len(sys.argv)-1-bad} ok, {bad} with problems")
