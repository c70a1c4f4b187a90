# Regenerates docs/rules.md: runs one example visit per rule id through the built jar and records the finding.
# Run from the repository root after ./mvnw -q package -DskipTests -pl app -am:  python3 docs/rules-doc.py
# Needs PyYAML. Examples are written to /tmp/ruledocs.
import json, subprocess, yaml, os, sys
rules = yaml.safe_load(open('rules/src/main/resources/dev/cleanclaim/rules/builtin/rules.yaml'))
packs = {}
for f in sorted(os.listdir('rules/src/main/resources/dev/cleanclaim/rules/builtin/payers')):
    p = yaml.safe_load(open('rules/src/main/resources/dev/cleanclaim/rules/builtin/payers/'+f))
    for r in p.get('rules', []):
        packs.setdefault(r['id'], []).append(p['id'])
    # Medicare pricing runs for every pack that prices with the Medicare fee schedule, not as a listed rule.
    if p.get('medicareAllowed'):
        for rid in ('fee.medicare-year', 'fee.medicare-locality'):
            packs.setdefault(rid, []).append(p['id'])
def v(payer, provider, dx, services, doc=None, date="2026-03-02", employedBy=None, patient=None):
    prov = {"type": provider}
    if employedBy: prov["employedBy"] = employedBy
    d = {"dateOfService": date, "payer": payer, "provider": prov,
         "diagnoses": [{"code": c, "regions": r} for c, r in dx], "services": services}
    if doc: d["documentation"] = doc
    if patient: d["patient"] = patient
    return d
def medicare_patient(insurance):
    return {"firstName": "Ruth", "lastName": "Okafor", "birthDate": "1949-04-11", "sex": "F",
            "address": {"line1": "2105 SE Division St", "city": "Portland", "state": "OR", "zip": "97202"},
            "accountNumber": "A2001", "insurance": insurance}
S = lambda **k: k
ex = {
 "code.unknown": v("self-pay","LMT",[("M62.830",["lumbar"])],[S(code="97999",minutes=30,regions=["lumbar"])]),
 "code.deleted": v("self-pay","PT",[("M54.50",["lumbar"])],[S(code="97001")],date="2017-02-01"),
 "code.not-effective": v("self-pay","PT",[("M54.5",["lumbar"])],[S(code="97161")],date="2016-06-01"),
 "code.technique": v("self-pay","LMT",[("M62.830",["lumbar"])],[S(code="97124",technique="myofascial release",minutes=30,regions=["lumbar"])]),
 "units.below-eight-minutes": v("self-pay","LMT",[("M62.830",["lumbar"])],[S(code="97124",minutes=30,regions=["lumbar"]),S(code="97140",minutes=5,regions=["lumbar"])]),
 "units.remainder": v("medicare","PT",[("M54.50",["lumbar"])],[S(code="97110",minutes=33,regions=["lumbar"]),S(code="97112",minutes=2,regions=["lumbar"])],{"clinicalRationale":True}),
 "units.daily-cap": v("capped-plan","PT",[("M54.50",["lumbar"])],[S(code="97110",minutes=38,regions=["lumbar"]),S(code="97140",minutes=30,regions=["lumbar"])],{"clinicalRationale":True}),
 "units.below-half-hour": v("self-pay","MD",[("Z51.6",[])],[S(code="95180",minutes=20),S(code="99213")]),
 "doc.missing": v("commercial","PT",[("M54.50",["lumbar"])],[S(code="97110",regions=["lumbar"]),S(code="97112",minutes=15)]),
 "dx.invalid": v("self-pay","LMT",[("M62.83",["lumbar"])],[S(code="97124",minutes=30,regions=["lumbar"])]),
 "dx.code-set": v("self-pay","LMT",[("M62.830",["lumbar"]),("M62.83",["lumbar"])],[S(code="97124",minutes=30,regions=["lumbar"])],date="2015-09-15"),
 "charge.missing": v("self-pay","LMT",[("M54.6",["thoracic"])],[S(technique="cupping",regions=["thoracic"],description="cupping, 6 cups, thoracic paraspinals")]),
 "charge.session": v("self-pay","LMT",[("M62.830",["lumbar"])],[S(code="97124",minutes=90,regions=["lumbar"])]),
 "fee.medicare-year": v("medicare","PT",[("M54.50",["lumbar"])],[S(code="97110",minutes=30,regions=["lumbar"])],{"clinicalRationale":True},date="2023-06-01"),
 "fee.medicare-locality": v("medicare","PT",[("M54.50",["lumbar"])],[S(code="97110",minutes=30,regions=["lumbar"])],{"clinicalRationale":True}),
 "claim.no-lines": v("self-pay","LMT",[("M62.830",["lumbar"])],[S(code="97140",minutes=5,regions=["lumbar"])]),
 "ncci.ptp": v("commercial","PT",[("M54.50",["lumbar"]),("M25.511",["right-shoulder"])],[S(code="97140",minutes=15,regions=["right-shoulder"]),S(code="97124",minutes=15,regions=["lumbar"])],{"referral":True,"clinicalRationale":True}),
 "ncci.ptp-quarter": v("commercial","PT",[("M54.50",["lumbar"])],[S(code="97110",minutes=15,regions=["lumbar"]),S(code="97112",minutes=15,regions=["lumbar"])],{"referral":True,"clinicalRationale":True}),
 "ncci.mue": v("medicare","PT",[("M54.50",["lumbar"])],[S(code="97110",minutes=110,regions=["lumbar"])],{"clinicalRationale":True}),
 "cmt.level": v("commercial","DC",[("M99.01",["cervical"]),("M99.02",["thoracic"]),("M99.03",["lumbar"])],[S(code="98940",regions=["cervical","thoracic","lumbar"])],{"referral":True}),
 "cmt.region": v("commercial","DC",[("M99.01",["cervical"]),("M25.512",["left-shoulder"])],[S(code="98940",regions=["cervical"]),S(code="97140",technique="joint mobilization",minutes=15,regions=["left-shoulder"])],{"referral":True,"clinicalRationale":True,"medicalNecessity":["restricted-joint-motion"]}),
 "cmt.documentation": v("commercial","DC",[("M99.01",["cervical"]),("M25.512",["left-shoulder"])],[S(code="98940",regions=["cervical"]),S(code="97140",minutes=9,regions=["left-shoulder"])],{"referral":True}),
 "dx.subluxation": v("medicare","DC",[("M54.2",["cervical"])],[S(code="98940",regions=["cervical"])],{"activeTreatment":True}),
 "modifier.therapy": v("medicare","PT",[("M54.50",["lumbar"])],[S(code="97110",minutes=30,regions=["lumbar"])],{"clinicalRationale":True}),
 "modifier.at": v("medicare","DC",[("M99.03",["lumbar"]),("M54.50",["lumbar"])],[S(code="98940",regions=["lumbar"])],{"activeTreatment":True}),
 "modifier.assistant": v("medicare","PTA",[("M17.11",["right-knee"])],[S(code="97110",minutes=30,regions=["right-knee"])],{"clinicalRationale":True}),
 "modifier.kx": v("medicare","PT",[("M17.11",["right-knee"])],[S(code="97110",minutes=30,regions=["right-knee"])],{"clinicalRationale":True,"therapyAmountYearToDate":"2450.00"}),
 "modifier.not-effective": v("commercial","PT",[("M62.830",["lumbar"])],[S(code="97110",minutes=30,regions=["lumbar"],modifiers=["XS"])],{"clinicalRationale":True},date="2014-06-02"),
 "modifier.conflict": v("commercial","PT",[("M54.50",["lumbar"])],[S(code="97110",minutes=30,regions=["lumbar"],modifiers=["59","XS"])],{"clinicalRationale":True}),
 "modifier.employed": v("bcbs-massage-exclusion","LMT",[("M62.830",["lumbar"])],[S(code="97124",minutes=30,regions=["lumbar"])],{"referral":True,"clinicalRationale":True,"medicalNecessity":["tight-muscles"]},employedBy="DC"),
 "payer.excluded": v("bcbs-massage-exclusion","DC",[("M99.01",["cervical"]),("M62.830",["lumbar"])],[S(code="98940",regions=["cervical"]),S(code="97124",minutes=23,regions=["lumbar"])],{"clinicalRationale":True,"medicalNecessity":["tight-muscles"],"activeTreatment":True}),
 "payer.not-covered": v("medicare","DC",[("M99.07",["left-shoulder"]),("M25.512",["left-shoulder"])],[S(code="98943",regions=["left-shoulder"])],{"activeTreatment":True}),
 "insurance.subscriber": v("medicare","PT",[("M54.50",["lumbar"])],[S(code="97110",minutes=30,regions=["lumbar"])],{"clinicalRationale":True},patient=medicare_patient({"memberId":"1EG4TE5MK73","relationship":"spouse","subscriber":{"firstName":"Sam","lastName":"Okafor","birthDate":"1947-02-02","sex":"M","address":{"line1":"2105 SE Division St","city":"Portland","state":"OR","zip":"97202"}}})),
 "claim.name-spelling": v("medicare","PT",[("M54.50",["lumbar"])],[S(code="97110",minutes=30,regions=["lumbar"])],{"clinicalRationale":True},patient=dict(medicare_patient({"memberId":"1EG4TE5MK73","relationship":"self"}),firstName="Łukasz",lastName="Wróbel")),
 "insurance.member-id": v("medicare","PT",[("M54.50",["lumbar"])],[S(code="97110",minutes=30,regions=["lumbar"])],{"clinicalRationale":True},patient=medicare_patient({"memberId":"123456789A","relationship":"self"})),
 "provider.not-eligible": v("medicare","LMT",[("M62.830",["lumbar"])],[S(code="97124",minutes=45,regions=["lumbar"])],{"clinicalRationale":True,"medicalNecessity":["tight-muscles"]}),
 "doc.medical-necessity": v("medicare","PT",[("M62.830",["lumbar"])],[S(code="97124",minutes=30,regions=["lumbar"])],{"clinicalRationale":True}),
 "doc.referral": v("commercial","LMT",[("M62.830",["lumbar"])],[S(code="97124",minutes=30,regions=["lumbar"])],{"clinicalRationale":True}),
 "dx.pointer": v("self-pay","LMT",[("M62.830",["lumbar"])],[S(code="97124",minutes=30,regions=["left-knee"])],{"clinicalRationale":True}),
}
# Rules no built-in pack turns on: the example is scrubbed with a pack of its own in a rule folder (--rules).
folder_packs = {
 "units.daily-cap": ("capped-plan", """id: capped-plan
name: A plan that caps timed therapy
unitMethod: ama
unitMethodSource: "the plan's contract: the AMA time rule"
rules:
  - id: modifier.therapy
  - id: units.daily-cap
    with: {maxUnits: 4}
"""),
}
out = ["# cleanclaim rule ids", "",
"Every finding names the rule that raised it. Rule ids are a public contract: an id keeps its meaning for good, and",
"new rules get new ids. Each rule below has its dates in force and source (rule data `rules.yaml`), the payer packs",
"that turn it on (`payers/*.yaml`; rules without a pack run for every payer while coding), an example visit, and the",
"finding that visit gives today (`cleanclaim scrub`). Severity: `error` will be rejected or denied, `warning` is a",
"denial or audit risk, `info` is something the engine did for you. An error whose fix is one edit the engine can be",
"sure of also carries it as a `remedy` a screen applies in one click (add a diagnosis, append a modifier, drop a",
"service); today `cmt.region`, `ncci.ptp` and `payer.excluded` do, when the visit leaves no doubt.", "",
"Rules run in this order, whatever the order in a pack: provider and payer rules, chiropractic levels and regions,",
"NCCI pairs and MUEs, modifiers (added first, then checked for conflicts), a plan's daily cap on timed therapy,",
"documentation and diagnoses.", ""]
missing=[]
# ids a rule raises besides its own, so they run in the packs that turn that rule on
raised_with = {"ncci.ptp-quarter": "ncci.ptp"}
for r in rules:
    rid = r['id']
    out.append(f"## `{rid}`"); out.append("")
    out.append(r['summary'])
    out.append("")
    dates = f"from {r.get('from')}" if r.get('from') else "no start date"
    out.append(f"- In force: {dates}" + (f", through {r['through']}" if r.get('through') else "") )
    if rid in raised_with:
        out.append(f"- Payer packs: {', '.join(packs[raised_with[rid]])} (raised by `{raised_with[rid]}`)")
    elif rid in folder_packs:
        out.append("- Payer packs: none built in; a pack in the rule folder turns it on, as in the example")
    else:
        out.append(f"- Payer packs: {', '.join(packs[rid]) if rid in packs else 'every payer (coding step)'}")
    out.append(f"- Source: {r['source']}")
    out.append("")
    if rid not in ex:
        missing.append(rid); continue
    os.makedirs("/tmp/ruledocs", exist_ok=True)
    path = f"/tmp/ruledocs/{rid}.json"
    json.dump(ex[rid], open(path,'w'), indent=2)
    # CLEANCLAIM_CMD runs another build of the CLI, e.g. "java -cp CLASSPATH dev.cleanclaim.app.cli.Main"
    cmd = os.environ.get("CLEANCLAIM_CMD", "java -jar app/target/cleanclaim.jar").split()
    folder = []
    if rid in folder_packs:
        pack_id, pack_text = folder_packs[rid]
        os.makedirs(f"/tmp/ruledocs/{rid}/payers", exist_ok=True)
        open(f"/tmp/ruledocs/{rid}/payers/{pack_id}.yaml", "w").write(pack_text)
        folder = ["--rules", f"/tmp/ruledocs/{rid}"]
    res = subprocess.run(cmd + ["scrub"] + folder + [path], capture_output=True, text=True)
    claim = json.loads(res.stdout)
    fs = [f for f in claim['findings'] if f['rule']==rid]
    if not fs: missing.append(rid+" (no finding)"); continue
    if rid in folder_packs:
        pack_id, pack_text = folder_packs[rid]
        out.append(f"Pack (`payers/{pack_id}.yaml` in the rule folder, scrubbed with `--rules FOLDER`):"); out.append("")
        out.append("```yaml"); out += pack_text.rstrip("\n").split("\n"); out.append("```"); out.append("")
    out.append("Visit:"); out.append(""); out.append("```json"); out.append(json.dumps(ex[rid])); out.append("```"); out.append("")
    out.append("Finding:"); out.append(""); out.append("```json")
    f=fs[0]; f={k:f[k] for k in f if k!='source'}
    out.append(json.dumps(f, indent=2)); out.append("```"); out.append("")
# referral.standing is raised by the practice workspace, not by a visit file: its section is written by hand.
out += open('docs/rules-workspace.md').read().rstrip("\n").split("\n")
open('docs/rules.md','w').write("\n".join(out) + "\n")
print("missing", missing)
