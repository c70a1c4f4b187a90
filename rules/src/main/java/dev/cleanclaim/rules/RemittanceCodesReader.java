package dev.cleanclaim.rules;

import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.core.remit.DenialTrace;
import dev.cleanclaim.core.remit.ReasonCode;
import dev.cleanclaim.core.remit.RemittanceCodes;
import dev.cleanclaim.core.ruledata.RuleDefinitions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads remit/: the CARC, RARC and PLB reason lists and the denial traces, whose rule ids must be defined rules. */
final class RemittanceCodesReader {

    static final String TRACES = "remit/denial-traces.csv";

    private RemittanceCodesReader() {
    }

    static RemittanceCodes read(RuleDataSource source, RuleDefinitions definitions) {
        Map<String, ReasonCode> reasons = codes(source, "remit/carc.csv");
        Map<String, ReasonCode> remarks = codes(source, "remit/rarc.csv");
        List<DenialTrace> traces = new ArrayList<>();
        CsvRows.forEach(source, TRACES, List.of("group", "reason", "remark", "rules", "why"), row -> {
            Optional<AdjustmentGroup> group = row.optionalText("group").map(code -> AdjustmentGroup.parse(code)
                    .orElseThrow(() -> new IllegalArgumentException("column group must be one of CO, CR, OA, PI, PR or empty, got \""
                            + code + "\"")));
            String reason = row.required("reason");
            if (!reasons.containsKey(reason)) {
                throw new IllegalArgumentException("reason " + reason + " is not in remit/carc.csv");
            }
            Optional<String> remark = row.optionalText("remark");
            remark.filter(code -> !remarks.containsKey(code)).ifPresent(code -> {
                throw new IllegalArgumentException("remark " + code + " is not in remit/rarc.csv");
            });
            List<String> rules = row.words("rules");
            for (String rule : rules) {
                if (definitions.find(rule).isEmpty()) {
                    throw new IllegalArgumentException("rule " + rule + " is not defined in rules.yaml");
                }
            }
            if (rules.isEmpty()) {
                throw new IllegalArgumentException("column rules is empty");
            }
            traces.add(new DenialTrace(group, reason, remark, rules, row.required("why")));
        });
        Map<String, String> providerReasons = new HashMap<>();
        CsvRows.forEach(source, "remit/plb-reasons.csv", List.of("code", "meaning"),
                row -> providerReasons.put(row.required("code"), row.required("meaning")));
        return new RemittanceCodes(reasons, remarks, providerReasons, traces);
    }

    private static Map<String, ReasonCode> codes(RuleDataSource source, String file) {
        Map<String, ReasonCode> codes = new HashMap<>();
        CsvRows.forEach(source, file, List.of("code", "status", "meaning"), row -> {
            String status = row.required("status");
            if (!status.equals("current") && !status.equals("deactivated")) {
                throw new IllegalArgumentException("column status must be current or deactivated, got \"" + status + "\"");
            }
            String code = row.required("code");
            codes.put(code, new ReasonCode(code, row.required("meaning"), status.equals("current")));
        });
        return codes;
    }
}
