// Real-model corpus: shapes that real code bases have, written by hand for the end-to-end tests (RealModelCorpusTests).
// Every source of this folder except Latest/ compiles at C# 8, so the corpus is built at LangVersion 8 and at latest.
// Values: "OWN-…" must appear in the export of the subject that holds them; "SENTINEL-…" must appear in no export;
// "UNASSERTED-…" are values no test asserts on (see the comment where they are placed).
using PrivacyAnalyzers;

[assembly: DataController("Corpus Shop SRL", Address = "Str. Corpului 2, Iasi", Country = "RO", DpoEmail = "dpo@corpus.example")]
// Everything is provided by the subject under a contract, so every annotated value is portable too: the same values
// must appear in both scopes.
[assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Contract, Source = DataSource.ProvidedBySubject, Retention = "P3Y", RetentionFrom = RetentionStart.EndOfContract, Purpose = "Selling and delivering orders")]
