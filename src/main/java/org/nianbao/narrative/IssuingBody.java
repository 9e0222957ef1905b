package org.nianbao.narrative;

import java.util.regex.Pattern;

/**
 * Chooses the organisation among what the report prints: the title text before the year, the
 * issuing-body line above the title, the name line of the signature block. A full body name
 * (…局, …办公室, …人民政府, …中心) beats a bare place name (…市, …区, …县), which the title often
 * carries alone ("海东市 2019 年度…"); among equals the title wins, then the line above the title,
 * then the signature.
 */
final class IssuingBody {
  private static final Pattern BODY =
      Pattern.compile(".*(局|办|委|政府|办公室|委员会|中心|厅|部|院|署|处|站|队|所|馆|会|社|组|公司|集团|办事处|管委会|街道|法院|检察院)$");
  private static final Pattern PLACE = Pattern.compile(".*(省|市|区|县|州|盟|旗|镇|乡|村|自治区|自治州|自治县|新区|开发区)$");
  private static final Pattern NOT_A_NAME = Pattern.compile(".*[。，；：:,;、！？!?\\d].*");

  private IssuingBody() {}

  static String choose(String fromTitle, String lineAbove, String signature) {
    String[] candidates = {fromTitle, lineAbove, signature};
    for (String c : candidates) {
      if (isBody(c)) {
        return c;
      }
    }
    for (String c : candidates) {
      if (isPlace(c)) {
        return c;
      }
    }
    return fromTitle;
  }

  static boolean isBody(String s) {
    return name(s) && BODY.matcher(s).matches();
  }

  static boolean isPlace(String s) {
    return name(s) && PLACE.matcher(s).matches();
  }

  private static boolean name(String s) {
    return s != null && s.length() >= 2 && s.length() <= 40 && !NOT_A_NAME.matcher(s).matches();
  }
}
