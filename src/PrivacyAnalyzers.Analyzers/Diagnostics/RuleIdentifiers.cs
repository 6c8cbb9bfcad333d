namespace PrivacyAnalyzers.Diagnostics;

/// <summary>Every diagnostic id PrivacyAnalyzers reports. The ids are a contract: users' .editorconfig files and CI scripts name them.</summary>
internal static class RuleIdentifiers
{
    // Detection
    public const string UnannotatedPersonalData = "PRIV001";
    public const string PersonalDataLiteral = "PRIV002";

    // Annotation validation
    public const string InvalidRetention = "PRIV010";
    public const string MissingLegalBasis = "PRIV011";
    public const string MissingSpecialCategoryCondition = "PRIV012";
    public const string ConsentWithoutPurpose = "PRIV013";
    public const string UnknownCategory = "PRIV014";
    public const string ContradictoryAnnotations = "PRIV015";
    public const string DroppedAnnotation = "PRIV016";
    public const string IncompleteInteropAnnotation = "PRIV017";
    public const string ProcessingPurposeNamesNoPersonalData = "PRIV018";

    // Leaks
    public const string PersonalDataLogged = "PRIV020";
    public const string PersonalDataInExceptionMessage = "PRIV021";
    public const string PersonalDataInToString = "PRIV022";
    public const string PersonalDataCopiedToUnannotatedMember = "PRIV023";

    // Source generator, PRIV030–PRIV039 (only what stops it from generating).
    public const string ExportMemberNotAccessible = "PRIV030";
    public const string NoExporterForSubject = "PRIV031";
    public const string RuntimeNotReferenced = "PRIV032";
    public const string ExportBoundary = "PRIV033";

    // Generated erasure and retention, PRIV040–PRIV044 (docs/erasure.md).
    public const string EraseMemberNotWritable = "PRIV040";
    public const string RetainWithoutBasis = "PRIV041";
    public const string RetentionStartNotHeld = "PRIV042";
    public const string NoAnonymisedValue = "PRIV043";

    // Implausible legal bases, PRIV050–PRIV054 (issue 15, point 5).
    public const string SecurityPurposeOnConsent = "PRIV050";
    public const string StrictlyNecessaryStorageOnConsent = "PRIV051";
    public const string ServiceConditionalOnConsent = "PRIV052";
    public const string StatutoryRetentionWithoutLegalObligation = "PRIV053";
    public const string RetentionDetailCannotApply = "PRIV054";
}
