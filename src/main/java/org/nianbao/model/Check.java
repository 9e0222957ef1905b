package org.nianbao.model;

/**
 * One evaluated arithmetic rule.
 *
 * @param rule rule id, e.g. {@code applications.balance}
 * @param scope the row, column or group it was evaluated on
 * @param expected the value the rule computes (e.g. the sum of the parts)
 * @param actual the printed value it is compared with
 */
public record Check(
    String rule, String scope, boolean passed, Number expected, Number actual, String message) {}
