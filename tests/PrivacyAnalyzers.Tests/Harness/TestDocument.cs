namespace PrivacyAnalyzers.Tests.Harness;

/// <summary>A source file of the project under test: its path (which editorconfig sections match) and markup.</summary>
public sealed record TestDocument(string Path, string Markup);
