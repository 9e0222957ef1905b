package org.nianbao.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Every figure of the template tables as a constant: a misspelt path fails to compile, and
 * {@link #of(String)} fails loudly on a path no template has. Generated from
 * {@code models/templates} by {@code scripts/gen-figure-paths}; a test holds the two equal.
 *
 * <pre>{@code
 * Number granted = report.data().get(FigurePath.APPLICATIONS_GRANTED_NATURAL_PERSON);
 * }</pre>
 *
 * <p>A table 二 figure of one template only (GB2019's {@code otherExternalServices}) is null in
 * reports of the other.
 */
public enum FigurePath {
  ACTIVE_DISCLOSURE_REGULATIONS_ISSUED("activeDisclosure.regulations.issued"),  // GB2021 only
  ACTIVE_DISCLOSURE_REGULATIONS_REPEALED("activeDisclosure.regulations.repealed"),  // GB2021 only
  ACTIVE_DISCLOSURE_REGULATIONS_IN_FORCE("activeDisclosure.regulations.inForce"),  // GB2021 only
  ACTIVE_DISCLOSURE_NORMATIVE_DOCUMENTS_ISSUED("activeDisclosure.normativeDocuments.issued"),  // GB2021 only
  ACTIVE_DISCLOSURE_NORMATIVE_DOCUMENTS_REPEALED("activeDisclosure.normativeDocuments.repealed"),  // GB2021 only
  ACTIVE_DISCLOSURE_NORMATIVE_DOCUMENTS_IN_FORCE("activeDisclosure.normativeDocuments.inForce"),  // GB2021 only
  ACTIVE_DISCLOSURE_LICENSING_DECISIONS("activeDisclosure.licensing.decisions"),
  ACTIVE_DISCLOSURE_PUNISHMENT_DECISIONS("activeDisclosure.punishment.decisions"),
  ACTIVE_DISCLOSURE_ENFORCEMENT_DECISIONS("activeDisclosure.enforcement.decisions"),
  ACTIVE_DISCLOSURE_ADMINISTRATIVE_FEES_AMOUNT_WAN_YUAN("activeDisclosure.administrativeFees.amountWanYuan"),  // GB2021 only
  ACTIVE_DISCLOSURE_REGULATIONS_NEWLY_MADE("activeDisclosure.regulations.newlyMade"),  // GB2019 only
  ACTIVE_DISCLOSURE_REGULATIONS_NEWLY_PUBLISHED("activeDisclosure.regulations.newlyPublished"),  // GB2019 only
  ACTIVE_DISCLOSURE_REGULATIONS_TOTAL_PUBLISHED("activeDisclosure.regulations.totalPublished"),  // GB2019 only
  ACTIVE_DISCLOSURE_NORMATIVE_DOCUMENTS_NEWLY_MADE("activeDisclosure.normativeDocuments.newlyMade"),  // GB2019 only
  ACTIVE_DISCLOSURE_NORMATIVE_DOCUMENTS_NEWLY_PUBLISHED("activeDisclosure.normativeDocuments.newlyPublished"),  // GB2019 only
  ACTIVE_DISCLOSURE_NORMATIVE_DOCUMENTS_TOTAL_PUBLISHED("activeDisclosure.normativeDocuments.totalPublished"),  // GB2019 only
  ACTIVE_DISCLOSURE_LICENSING_PREVIOUS_ITEMS("activeDisclosure.licensing.previousItems"),  // GB2019 only
  ACTIVE_DISCLOSURE_LICENSING_CHANGE("activeDisclosure.licensing.change"),  // GB2019 only
  ACTIVE_DISCLOSURE_OTHER_EXTERNAL_SERVICES_PREVIOUS_ITEMS("activeDisclosure.otherExternalServices.previousItems"),  // GB2019 only
  ACTIVE_DISCLOSURE_OTHER_EXTERNAL_SERVICES_CHANGE("activeDisclosure.otherExternalServices.change"),  // GB2019 only
  ACTIVE_DISCLOSURE_OTHER_EXTERNAL_SERVICES_DECISIONS("activeDisclosure.otherExternalServices.decisions"),  // GB2019 only
  ACTIVE_DISCLOSURE_PUNISHMENT_PREVIOUS_ITEMS("activeDisclosure.punishment.previousItems"),  // GB2019 only
  ACTIVE_DISCLOSURE_PUNISHMENT_CHANGE("activeDisclosure.punishment.change"),  // GB2019 only
  ACTIVE_DISCLOSURE_ENFORCEMENT_PREVIOUS_ITEMS("activeDisclosure.enforcement.previousItems"),  // GB2019 only
  ACTIVE_DISCLOSURE_ENFORCEMENT_CHANGE("activeDisclosure.enforcement.change"),  // GB2019 only
  ACTIVE_DISCLOSURE_ADMINISTRATIVE_FEES_PREVIOUS_ITEMS("activeDisclosure.administrativeFees.previousItems"),  // GB2019 only
  ACTIVE_DISCLOSURE_ADMINISTRATIVE_FEES_CHANGE("activeDisclosure.administrativeFees.change"),  // GB2019 only
  ACTIVE_DISCLOSURE_CENTRALIZED_PROCUREMENT_PROJECTS("activeDisclosure.centralizedProcurement.projects"),  // GB2019 only
  ACTIVE_DISCLOSURE_CENTRALIZED_PROCUREMENT_AMOUNT_WAN_YUAN("activeDisclosure.centralizedProcurement.amountWanYuan"),  // GB2019 only
  APPLICATIONS_NEW_RECEIVED_NATURAL_PERSON("applications.newReceived.naturalPerson"),
  APPLICATIONS_NEW_RECEIVED_COMMERCIAL_ENTERPRISE("applications.newReceived.commercialEnterprise"),
  APPLICATIONS_NEW_RECEIVED_RESEARCH_INSTITUTION("applications.newReceived.researchInstitution"),
  APPLICATIONS_NEW_RECEIVED_PUBLIC_INTEREST_ORGANIZATION("applications.newReceived.publicInterestOrganization"),
  APPLICATIONS_NEW_RECEIVED_LEGAL_SERVICE_AGENCY("applications.newReceived.legalServiceAgency"),
  APPLICATIONS_NEW_RECEIVED_OTHER("applications.newReceived.other"),
  APPLICATIONS_NEW_RECEIVED_TOTAL("applications.newReceived.total"),
  APPLICATIONS_CARRIED_OVER_NATURAL_PERSON("applications.carriedOver.naturalPerson"),
  APPLICATIONS_CARRIED_OVER_COMMERCIAL_ENTERPRISE("applications.carriedOver.commercialEnterprise"),
  APPLICATIONS_CARRIED_OVER_RESEARCH_INSTITUTION("applications.carriedOver.researchInstitution"),
  APPLICATIONS_CARRIED_OVER_PUBLIC_INTEREST_ORGANIZATION("applications.carriedOver.publicInterestOrganization"),
  APPLICATIONS_CARRIED_OVER_LEGAL_SERVICE_AGENCY("applications.carriedOver.legalServiceAgency"),
  APPLICATIONS_CARRIED_OVER_OTHER("applications.carriedOver.other"),
  APPLICATIONS_CARRIED_OVER_TOTAL("applications.carriedOver.total"),
  APPLICATIONS_GRANTED_NATURAL_PERSON("applications.granted.naturalPerson"),
  APPLICATIONS_GRANTED_COMMERCIAL_ENTERPRISE("applications.granted.commercialEnterprise"),
  APPLICATIONS_GRANTED_RESEARCH_INSTITUTION("applications.granted.researchInstitution"),
  APPLICATIONS_GRANTED_PUBLIC_INTEREST_ORGANIZATION("applications.granted.publicInterestOrganization"),
  APPLICATIONS_GRANTED_LEGAL_SERVICE_AGENCY("applications.granted.legalServiceAgency"),
  APPLICATIONS_GRANTED_OTHER("applications.granted.other"),
  APPLICATIONS_GRANTED_TOTAL("applications.granted.total"),
  APPLICATIONS_PARTIALLY_GRANTED_NATURAL_PERSON("applications.partiallyGranted.naturalPerson"),
  APPLICATIONS_PARTIALLY_GRANTED_COMMERCIAL_ENTERPRISE("applications.partiallyGranted.commercialEnterprise"),
  APPLICATIONS_PARTIALLY_GRANTED_RESEARCH_INSTITUTION("applications.partiallyGranted.researchInstitution"),
  APPLICATIONS_PARTIALLY_GRANTED_PUBLIC_INTEREST_ORGANIZATION("applications.partiallyGranted.publicInterestOrganization"),
  APPLICATIONS_PARTIALLY_GRANTED_LEGAL_SERVICE_AGENCY("applications.partiallyGranted.legalServiceAgency"),
  APPLICATIONS_PARTIALLY_GRANTED_OTHER("applications.partiallyGranted.other"),
  APPLICATIONS_PARTIALLY_GRANTED_TOTAL("applications.partiallyGranted.total"),
  APPLICATIONS_DENIED_STATE_SECRET_NATURAL_PERSON("applications.deniedStateSecret.naturalPerson"),
  APPLICATIONS_DENIED_STATE_SECRET_COMMERCIAL_ENTERPRISE("applications.deniedStateSecret.commercialEnterprise"),
  APPLICATIONS_DENIED_STATE_SECRET_RESEARCH_INSTITUTION("applications.deniedStateSecret.researchInstitution"),
  APPLICATIONS_DENIED_STATE_SECRET_PUBLIC_INTEREST_ORGANIZATION("applications.deniedStateSecret.publicInterestOrganization"),
  APPLICATIONS_DENIED_STATE_SECRET_LEGAL_SERVICE_AGENCY("applications.deniedStateSecret.legalServiceAgency"),
  APPLICATIONS_DENIED_STATE_SECRET_OTHER("applications.deniedStateSecret.other"),
  APPLICATIONS_DENIED_STATE_SECRET_TOTAL("applications.deniedStateSecret.total"),
  APPLICATIONS_DENIED_PROHIBITED_BY_LAW_NATURAL_PERSON("applications.deniedProhibitedByLaw.naturalPerson"),
  APPLICATIONS_DENIED_PROHIBITED_BY_LAW_COMMERCIAL_ENTERPRISE("applications.deniedProhibitedByLaw.commercialEnterprise"),
  APPLICATIONS_DENIED_PROHIBITED_BY_LAW_RESEARCH_INSTITUTION("applications.deniedProhibitedByLaw.researchInstitution"),
  APPLICATIONS_DENIED_PROHIBITED_BY_LAW_PUBLIC_INTEREST_ORGANIZATION("applications.deniedProhibitedByLaw.publicInterestOrganization"),
  APPLICATIONS_DENIED_PROHIBITED_BY_LAW_LEGAL_SERVICE_AGENCY("applications.deniedProhibitedByLaw.legalServiceAgency"),
  APPLICATIONS_DENIED_PROHIBITED_BY_LAW_OTHER("applications.deniedProhibitedByLaw.other"),
  APPLICATIONS_DENIED_PROHIBITED_BY_LAW_TOTAL("applications.deniedProhibitedByLaw.total"),
  APPLICATIONS_DENIED_THREE_SAFETIES_ONE_STABILITY_NATURAL_PERSON("applications.deniedThreeSafetiesOneStability.naturalPerson"),
  APPLICATIONS_DENIED_THREE_SAFETIES_ONE_STABILITY_COMMERCIAL_ENTERPRISE("applications.deniedThreeSafetiesOneStability.commercialEnterprise"),
  APPLICATIONS_DENIED_THREE_SAFETIES_ONE_STABILITY_RESEARCH_INSTITUTION("applications.deniedThreeSafetiesOneStability.researchInstitution"),
  APPLICATIONS_DENIED_THREE_SAFETIES_ONE_STABILITY_PUBLIC_INTEREST_ORGANIZATION("applications.deniedThreeSafetiesOneStability.publicInterestOrganization"),
  APPLICATIONS_DENIED_THREE_SAFETIES_ONE_STABILITY_LEGAL_SERVICE_AGENCY("applications.deniedThreeSafetiesOneStability.legalServiceAgency"),
  APPLICATIONS_DENIED_THREE_SAFETIES_ONE_STABILITY_OTHER("applications.deniedThreeSafetiesOneStability.other"),
  APPLICATIONS_DENIED_THREE_SAFETIES_ONE_STABILITY_TOTAL("applications.deniedThreeSafetiesOneStability.total"),
  APPLICATIONS_DENIED_THIRD_PARTY_RIGHTS_NATURAL_PERSON("applications.deniedThirdPartyRights.naturalPerson"),
  APPLICATIONS_DENIED_THIRD_PARTY_RIGHTS_COMMERCIAL_ENTERPRISE("applications.deniedThirdPartyRights.commercialEnterprise"),
  APPLICATIONS_DENIED_THIRD_PARTY_RIGHTS_RESEARCH_INSTITUTION("applications.deniedThirdPartyRights.researchInstitution"),
  APPLICATIONS_DENIED_THIRD_PARTY_RIGHTS_PUBLIC_INTEREST_ORGANIZATION("applications.deniedThirdPartyRights.publicInterestOrganization"),
  APPLICATIONS_DENIED_THIRD_PARTY_RIGHTS_LEGAL_SERVICE_AGENCY("applications.deniedThirdPartyRights.legalServiceAgency"),
  APPLICATIONS_DENIED_THIRD_PARTY_RIGHTS_OTHER("applications.deniedThirdPartyRights.other"),
  APPLICATIONS_DENIED_THIRD_PARTY_RIGHTS_TOTAL("applications.deniedThirdPartyRights.total"),
  APPLICATIONS_DENIED_INTERNAL_AFFAIRS_NATURAL_PERSON("applications.deniedInternalAffairs.naturalPerson"),
  APPLICATIONS_DENIED_INTERNAL_AFFAIRS_COMMERCIAL_ENTERPRISE("applications.deniedInternalAffairs.commercialEnterprise"),
  APPLICATIONS_DENIED_INTERNAL_AFFAIRS_RESEARCH_INSTITUTION("applications.deniedInternalAffairs.researchInstitution"),
  APPLICATIONS_DENIED_INTERNAL_AFFAIRS_PUBLIC_INTEREST_ORGANIZATION("applications.deniedInternalAffairs.publicInterestOrganization"),
  APPLICATIONS_DENIED_INTERNAL_AFFAIRS_LEGAL_SERVICE_AGENCY("applications.deniedInternalAffairs.legalServiceAgency"),
  APPLICATIONS_DENIED_INTERNAL_AFFAIRS_OTHER("applications.deniedInternalAffairs.other"),
  APPLICATIONS_DENIED_INTERNAL_AFFAIRS_TOTAL("applications.deniedInternalAffairs.total"),
  APPLICATIONS_DENIED_PROCESS_INFORMATION_NATURAL_PERSON("applications.deniedProcessInformation.naturalPerson"),
  APPLICATIONS_DENIED_PROCESS_INFORMATION_COMMERCIAL_ENTERPRISE("applications.deniedProcessInformation.commercialEnterprise"),
  APPLICATIONS_DENIED_PROCESS_INFORMATION_RESEARCH_INSTITUTION("applications.deniedProcessInformation.researchInstitution"),
  APPLICATIONS_DENIED_PROCESS_INFORMATION_PUBLIC_INTEREST_ORGANIZATION("applications.deniedProcessInformation.publicInterestOrganization"),
  APPLICATIONS_DENIED_PROCESS_INFORMATION_LEGAL_SERVICE_AGENCY("applications.deniedProcessInformation.legalServiceAgency"),
  APPLICATIONS_DENIED_PROCESS_INFORMATION_OTHER("applications.deniedProcessInformation.other"),
  APPLICATIONS_DENIED_PROCESS_INFORMATION_TOTAL("applications.deniedProcessInformation.total"),
  APPLICATIONS_DENIED_ENFORCEMENT_FILE_NATURAL_PERSON("applications.deniedEnforcementFile.naturalPerson"),
  APPLICATIONS_DENIED_ENFORCEMENT_FILE_COMMERCIAL_ENTERPRISE("applications.deniedEnforcementFile.commercialEnterprise"),
  APPLICATIONS_DENIED_ENFORCEMENT_FILE_RESEARCH_INSTITUTION("applications.deniedEnforcementFile.researchInstitution"),
  APPLICATIONS_DENIED_ENFORCEMENT_FILE_PUBLIC_INTEREST_ORGANIZATION("applications.deniedEnforcementFile.publicInterestOrganization"),
  APPLICATIONS_DENIED_ENFORCEMENT_FILE_LEGAL_SERVICE_AGENCY("applications.deniedEnforcementFile.legalServiceAgency"),
  APPLICATIONS_DENIED_ENFORCEMENT_FILE_OTHER("applications.deniedEnforcementFile.other"),
  APPLICATIONS_DENIED_ENFORCEMENT_FILE_TOTAL("applications.deniedEnforcementFile.total"),
  APPLICATIONS_DENIED_QUERY_MATTER_NATURAL_PERSON("applications.deniedQueryMatter.naturalPerson"),
  APPLICATIONS_DENIED_QUERY_MATTER_COMMERCIAL_ENTERPRISE("applications.deniedQueryMatter.commercialEnterprise"),
  APPLICATIONS_DENIED_QUERY_MATTER_RESEARCH_INSTITUTION("applications.deniedQueryMatter.researchInstitution"),
  APPLICATIONS_DENIED_QUERY_MATTER_PUBLIC_INTEREST_ORGANIZATION("applications.deniedQueryMatter.publicInterestOrganization"),
  APPLICATIONS_DENIED_QUERY_MATTER_LEGAL_SERVICE_AGENCY("applications.deniedQueryMatter.legalServiceAgency"),
  APPLICATIONS_DENIED_QUERY_MATTER_OTHER("applications.deniedQueryMatter.other"),
  APPLICATIONS_DENIED_QUERY_MATTER_TOTAL("applications.deniedQueryMatter.total"),
  APPLICATIONS_UNABLE_NOT_HELD_NATURAL_PERSON("applications.unableNotHeld.naturalPerson"),
  APPLICATIONS_UNABLE_NOT_HELD_COMMERCIAL_ENTERPRISE("applications.unableNotHeld.commercialEnterprise"),
  APPLICATIONS_UNABLE_NOT_HELD_RESEARCH_INSTITUTION("applications.unableNotHeld.researchInstitution"),
  APPLICATIONS_UNABLE_NOT_HELD_PUBLIC_INTEREST_ORGANIZATION("applications.unableNotHeld.publicInterestOrganization"),
  APPLICATIONS_UNABLE_NOT_HELD_LEGAL_SERVICE_AGENCY("applications.unableNotHeld.legalServiceAgency"),
  APPLICATIONS_UNABLE_NOT_HELD_OTHER("applications.unableNotHeld.other"),
  APPLICATIONS_UNABLE_NOT_HELD_TOTAL("applications.unableNotHeld.total"),
  APPLICATIONS_UNABLE_NEEDS_CREATION_NATURAL_PERSON("applications.unableNeedsCreation.naturalPerson"),
  APPLICATIONS_UNABLE_NEEDS_CREATION_COMMERCIAL_ENTERPRISE("applications.unableNeedsCreation.commercialEnterprise"),
  APPLICATIONS_UNABLE_NEEDS_CREATION_RESEARCH_INSTITUTION("applications.unableNeedsCreation.researchInstitution"),
  APPLICATIONS_UNABLE_NEEDS_CREATION_PUBLIC_INTEREST_ORGANIZATION("applications.unableNeedsCreation.publicInterestOrganization"),
  APPLICATIONS_UNABLE_NEEDS_CREATION_LEGAL_SERVICE_AGENCY("applications.unableNeedsCreation.legalServiceAgency"),
  APPLICATIONS_UNABLE_NEEDS_CREATION_OTHER("applications.unableNeedsCreation.other"),
  APPLICATIONS_UNABLE_NEEDS_CREATION_TOTAL("applications.unableNeedsCreation.total"),
  APPLICATIONS_UNABLE_STILL_UNCLEAR_NATURAL_PERSON("applications.unableStillUnclear.naturalPerson"),
  APPLICATIONS_UNABLE_STILL_UNCLEAR_COMMERCIAL_ENTERPRISE("applications.unableStillUnclear.commercialEnterprise"),
  APPLICATIONS_UNABLE_STILL_UNCLEAR_RESEARCH_INSTITUTION("applications.unableStillUnclear.researchInstitution"),
  APPLICATIONS_UNABLE_STILL_UNCLEAR_PUBLIC_INTEREST_ORGANIZATION("applications.unableStillUnclear.publicInterestOrganization"),
  APPLICATIONS_UNABLE_STILL_UNCLEAR_LEGAL_SERVICE_AGENCY("applications.unableStillUnclear.legalServiceAgency"),
  APPLICATIONS_UNABLE_STILL_UNCLEAR_OTHER("applications.unableStillUnclear.other"),
  APPLICATIONS_UNABLE_STILL_UNCLEAR_TOTAL("applications.unableStillUnclear.total"),
  APPLICATIONS_NOT_PROCESSED_PETITION_NATURAL_PERSON("applications.notProcessedPetition.naturalPerson"),
  APPLICATIONS_NOT_PROCESSED_PETITION_COMMERCIAL_ENTERPRISE("applications.notProcessedPetition.commercialEnterprise"),
  APPLICATIONS_NOT_PROCESSED_PETITION_RESEARCH_INSTITUTION("applications.notProcessedPetition.researchInstitution"),
  APPLICATIONS_NOT_PROCESSED_PETITION_PUBLIC_INTEREST_ORGANIZATION("applications.notProcessedPetition.publicInterestOrganization"),
  APPLICATIONS_NOT_PROCESSED_PETITION_LEGAL_SERVICE_AGENCY("applications.notProcessedPetition.legalServiceAgency"),
  APPLICATIONS_NOT_PROCESSED_PETITION_OTHER("applications.notProcessedPetition.other"),
  APPLICATIONS_NOT_PROCESSED_PETITION_TOTAL("applications.notProcessedPetition.total"),
  APPLICATIONS_NOT_PROCESSED_REPEATED_NATURAL_PERSON("applications.notProcessedRepeated.naturalPerson"),
  APPLICATIONS_NOT_PROCESSED_REPEATED_COMMERCIAL_ENTERPRISE("applications.notProcessedRepeated.commercialEnterprise"),
  APPLICATIONS_NOT_PROCESSED_REPEATED_RESEARCH_INSTITUTION("applications.notProcessedRepeated.researchInstitution"),
  APPLICATIONS_NOT_PROCESSED_REPEATED_PUBLIC_INTEREST_ORGANIZATION("applications.notProcessedRepeated.publicInterestOrganization"),
  APPLICATIONS_NOT_PROCESSED_REPEATED_LEGAL_SERVICE_AGENCY("applications.notProcessedRepeated.legalServiceAgency"),
  APPLICATIONS_NOT_PROCESSED_REPEATED_OTHER("applications.notProcessedRepeated.other"),
  APPLICATIONS_NOT_PROCESSED_REPEATED_TOTAL("applications.notProcessedRepeated.total"),
  APPLICATIONS_NOT_PROCESSED_PUBLICATION_NATURAL_PERSON("applications.notProcessedPublication.naturalPerson"),
  APPLICATIONS_NOT_PROCESSED_PUBLICATION_COMMERCIAL_ENTERPRISE("applications.notProcessedPublication.commercialEnterprise"),
  APPLICATIONS_NOT_PROCESSED_PUBLICATION_RESEARCH_INSTITUTION("applications.notProcessedPublication.researchInstitution"),
  APPLICATIONS_NOT_PROCESSED_PUBLICATION_PUBLIC_INTEREST_ORGANIZATION("applications.notProcessedPublication.publicInterestOrganization"),
  APPLICATIONS_NOT_PROCESSED_PUBLICATION_LEGAL_SERVICE_AGENCY("applications.notProcessedPublication.legalServiceAgency"),
  APPLICATIONS_NOT_PROCESSED_PUBLICATION_OTHER("applications.notProcessedPublication.other"),
  APPLICATIONS_NOT_PROCESSED_PUBLICATION_TOTAL("applications.notProcessedPublication.total"),
  APPLICATIONS_NOT_PROCESSED_EXCESSIVE_NATURAL_PERSON("applications.notProcessedExcessive.naturalPerson"),
  APPLICATIONS_NOT_PROCESSED_EXCESSIVE_COMMERCIAL_ENTERPRISE("applications.notProcessedExcessive.commercialEnterprise"),
  APPLICATIONS_NOT_PROCESSED_EXCESSIVE_RESEARCH_INSTITUTION("applications.notProcessedExcessive.researchInstitution"),
  APPLICATIONS_NOT_PROCESSED_EXCESSIVE_PUBLIC_INTEREST_ORGANIZATION("applications.notProcessedExcessive.publicInterestOrganization"),
  APPLICATIONS_NOT_PROCESSED_EXCESSIVE_LEGAL_SERVICE_AGENCY("applications.notProcessedExcessive.legalServiceAgency"),
  APPLICATIONS_NOT_PROCESSED_EXCESSIVE_OTHER("applications.notProcessedExcessive.other"),
  APPLICATIONS_NOT_PROCESSED_EXCESSIVE_TOTAL("applications.notProcessedExcessive.total"),
  APPLICATIONS_NOT_PROCESSED_CONFIRMATION_NATURAL_PERSON("applications.notProcessedConfirmation.naturalPerson"),
  APPLICATIONS_NOT_PROCESSED_CONFIRMATION_COMMERCIAL_ENTERPRISE("applications.notProcessedConfirmation.commercialEnterprise"),
  APPLICATIONS_NOT_PROCESSED_CONFIRMATION_RESEARCH_INSTITUTION("applications.notProcessedConfirmation.researchInstitution"),
  APPLICATIONS_NOT_PROCESSED_CONFIRMATION_PUBLIC_INTEREST_ORGANIZATION("applications.notProcessedConfirmation.publicInterestOrganization"),
  APPLICATIONS_NOT_PROCESSED_CONFIRMATION_LEGAL_SERVICE_AGENCY("applications.notProcessedConfirmation.legalServiceAgency"),
  APPLICATIONS_NOT_PROCESSED_CONFIRMATION_OTHER("applications.notProcessedConfirmation.other"),
  APPLICATIONS_NOT_PROCESSED_CONFIRMATION_TOTAL("applications.notProcessedConfirmation.total"),
  APPLICATIONS_OTHER_OVERDUE_CORRECTION_NATURAL_PERSON("applications.otherOverdueCorrection.naturalPerson"),
  APPLICATIONS_OTHER_OVERDUE_CORRECTION_COMMERCIAL_ENTERPRISE("applications.otherOverdueCorrection.commercialEnterprise"),
  APPLICATIONS_OTHER_OVERDUE_CORRECTION_RESEARCH_INSTITUTION("applications.otherOverdueCorrection.researchInstitution"),
  APPLICATIONS_OTHER_OVERDUE_CORRECTION_PUBLIC_INTEREST_ORGANIZATION("applications.otherOverdueCorrection.publicInterestOrganization"),
  APPLICATIONS_OTHER_OVERDUE_CORRECTION_LEGAL_SERVICE_AGENCY("applications.otherOverdueCorrection.legalServiceAgency"),
  APPLICATIONS_OTHER_OVERDUE_CORRECTION_OTHER("applications.otherOverdueCorrection.other"),
  APPLICATIONS_OTHER_OVERDUE_CORRECTION_TOTAL("applications.otherOverdueCorrection.total"),
  APPLICATIONS_OTHER_OVERDUE_FEE_NATURAL_PERSON("applications.otherOverdueFee.naturalPerson"),
  APPLICATIONS_OTHER_OVERDUE_FEE_COMMERCIAL_ENTERPRISE("applications.otherOverdueFee.commercialEnterprise"),
  APPLICATIONS_OTHER_OVERDUE_FEE_RESEARCH_INSTITUTION("applications.otherOverdueFee.researchInstitution"),
  APPLICATIONS_OTHER_OVERDUE_FEE_PUBLIC_INTEREST_ORGANIZATION("applications.otherOverdueFee.publicInterestOrganization"),
  APPLICATIONS_OTHER_OVERDUE_FEE_LEGAL_SERVICE_AGENCY("applications.otherOverdueFee.legalServiceAgency"),
  APPLICATIONS_OTHER_OVERDUE_FEE_OTHER("applications.otherOverdueFee.other"),
  APPLICATIONS_OTHER_OVERDUE_FEE_TOTAL("applications.otherOverdueFee.total"),
  APPLICATIONS_OTHER_OTHER_NATURAL_PERSON("applications.otherOther.naturalPerson"),
  APPLICATIONS_OTHER_OTHER_COMMERCIAL_ENTERPRISE("applications.otherOther.commercialEnterprise"),
  APPLICATIONS_OTHER_OTHER_RESEARCH_INSTITUTION("applications.otherOther.researchInstitution"),
  APPLICATIONS_OTHER_OTHER_PUBLIC_INTEREST_ORGANIZATION("applications.otherOther.publicInterestOrganization"),
  APPLICATIONS_OTHER_OTHER_LEGAL_SERVICE_AGENCY("applications.otherOther.legalServiceAgency"),
  APPLICATIONS_OTHER_OTHER_OTHER("applications.otherOther.other"),
  APPLICATIONS_OTHER_OTHER_TOTAL("applications.otherOther.total"),
  APPLICATIONS_OTHER_HANDLING_NATURAL_PERSON("applications.otherHandling.naturalPerson"),
  APPLICATIONS_OTHER_HANDLING_COMMERCIAL_ENTERPRISE("applications.otherHandling.commercialEnterprise"),
  APPLICATIONS_OTHER_HANDLING_RESEARCH_INSTITUTION("applications.otherHandling.researchInstitution"),
  APPLICATIONS_OTHER_HANDLING_PUBLIC_INTEREST_ORGANIZATION("applications.otherHandling.publicInterestOrganization"),
  APPLICATIONS_OTHER_HANDLING_LEGAL_SERVICE_AGENCY("applications.otherHandling.legalServiceAgency"),
  APPLICATIONS_OTHER_HANDLING_OTHER("applications.otherHandling.other"),
  APPLICATIONS_OTHER_HANDLING_TOTAL("applications.otherHandling.total"),
  APPLICATIONS_RESULTS_TOTAL_NATURAL_PERSON("applications.resultsTotal.naturalPerson"),
  APPLICATIONS_RESULTS_TOTAL_COMMERCIAL_ENTERPRISE("applications.resultsTotal.commercialEnterprise"),
  APPLICATIONS_RESULTS_TOTAL_RESEARCH_INSTITUTION("applications.resultsTotal.researchInstitution"),
  APPLICATIONS_RESULTS_TOTAL_PUBLIC_INTEREST_ORGANIZATION("applications.resultsTotal.publicInterestOrganization"),
  APPLICATIONS_RESULTS_TOTAL_LEGAL_SERVICE_AGENCY("applications.resultsTotal.legalServiceAgency"),
  APPLICATIONS_RESULTS_TOTAL_OTHER("applications.resultsTotal.other"),
  APPLICATIONS_RESULTS_TOTAL_TOTAL("applications.resultsTotal.total"),
  APPLICATIONS_CARRIED_FORWARD_NATURAL_PERSON("applications.carriedForward.naturalPerson"),
  APPLICATIONS_CARRIED_FORWARD_COMMERCIAL_ENTERPRISE("applications.carriedForward.commercialEnterprise"),
  APPLICATIONS_CARRIED_FORWARD_RESEARCH_INSTITUTION("applications.carriedForward.researchInstitution"),
  APPLICATIONS_CARRIED_FORWARD_PUBLIC_INTEREST_ORGANIZATION("applications.carriedForward.publicInterestOrganization"),
  APPLICATIONS_CARRIED_FORWARD_LEGAL_SERVICE_AGENCY("applications.carriedForward.legalServiceAgency"),
  APPLICATIONS_CARRIED_FORWARD_OTHER("applications.carriedForward.other"),
  APPLICATIONS_CARRIED_FORWARD_TOTAL("applications.carriedForward.total"),
  REVIEWS_AND_LAWSUITS_ADMINISTRATIVE_REVIEW_UPHELD("reviewsAndLawsuits.administrativeReview.upheld"),
  REVIEWS_AND_LAWSUITS_ADMINISTRATIVE_REVIEW_CORRECTED("reviewsAndLawsuits.administrativeReview.corrected"),
  REVIEWS_AND_LAWSUITS_ADMINISTRATIVE_REVIEW_OTHER("reviewsAndLawsuits.administrativeReview.other"),
  REVIEWS_AND_LAWSUITS_ADMINISTRATIVE_REVIEW_PENDING("reviewsAndLawsuits.administrativeReview.pending"),
  REVIEWS_AND_LAWSUITS_ADMINISTRATIVE_REVIEW_TOTAL("reviewsAndLawsuits.administrativeReview.total"),
  REVIEWS_AND_LAWSUITS_LAWSUIT_DIRECT_UPHELD("reviewsAndLawsuits.lawsuitDirect.upheld"),
  REVIEWS_AND_LAWSUITS_LAWSUIT_DIRECT_CORRECTED("reviewsAndLawsuits.lawsuitDirect.corrected"),
  REVIEWS_AND_LAWSUITS_LAWSUIT_DIRECT_OTHER("reviewsAndLawsuits.lawsuitDirect.other"),
  REVIEWS_AND_LAWSUITS_LAWSUIT_DIRECT_PENDING("reviewsAndLawsuits.lawsuitDirect.pending"),
  REVIEWS_AND_LAWSUITS_LAWSUIT_DIRECT_TOTAL("reviewsAndLawsuits.lawsuitDirect.total"),
  REVIEWS_AND_LAWSUITS_LAWSUIT_AFTER_REVIEW_UPHELD("reviewsAndLawsuits.lawsuitAfterReview.upheld"),
  REVIEWS_AND_LAWSUITS_LAWSUIT_AFTER_REVIEW_CORRECTED("reviewsAndLawsuits.lawsuitAfterReview.corrected"),
  REVIEWS_AND_LAWSUITS_LAWSUIT_AFTER_REVIEW_OTHER("reviewsAndLawsuits.lawsuitAfterReview.other"),
  REVIEWS_AND_LAWSUITS_LAWSUIT_AFTER_REVIEW_PENDING("reviewsAndLawsuits.lawsuitAfterReview.pending"),
  REVIEWS_AND_LAWSUITS_LAWSUIT_AFTER_REVIEW_TOTAL("reviewsAndLawsuits.lawsuitAfterReview.total");

  private static final Map<String, FigurePath> BY_PATH = new HashMap<>();

  static {
    for (FigurePath f : values()) {
      BY_PATH.put(f.path, f);
    }
  }

  private final String path;

  FigurePath(String path) {
    this.path = path;
  }

  /** The dotted path, {@code group.item.field}, as in the JSON model and provenance keys. */
  public String path() {
    return path;
  }

  /** {@code activeDisclosure}, {@code applications} or {@code reviewsAndLawsuits}. */
  public String group() {
    return path.substring(0, path.indexOf('.'));
  }

  /** The row (or, in table 四, the group) key. */
  public String item() {
    return path.substring(path.indexOf('.') + 1, path.lastIndexOf('.'));
  }

  /** The column key. */
  public String field() {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  /**
   * The constant for a dotted path.
   *
   * @throws IllegalArgumentException when no template has the path (a misspelling)
   */
  public static FigurePath of(String path) {
    FigurePath f = BY_PATH.get(path);
    if (f == null) {
      throw new IllegalArgumentException("unknown figure path: " + path
          + " (group.item.field of the template tables; see FigurePath)");
    }
    return f;
  }

  @Override
  public String toString() {
    return path;
  }
}
