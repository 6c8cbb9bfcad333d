using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Generator.Parsing;

/// <summary>One <see cref="AnnotationReader"/> per compilation, shared by every transform that runs on it.</summary>
internal static class ReaderCache
{
    private static readonly ConditionalWeakTable<Compilation, AnnotationReader> Readers = new();

    public static AnnotationReader For(Compilation compilation) => Readers.GetValue(compilation, static c => new AnnotationReader(c));
}
