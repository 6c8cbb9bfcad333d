using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Durations;

namespace PrivacyAnalyzers.Validation;

/// <summary>
/// PRIV042: an annotated member reachable from a <c>[DataSubject]</c> type whose retention (or alternative retention)
/// runs from an event that neither the member's own type nor that data subject type holds in a
/// <c>[RetentionStartDate]</c> DateTime/DateTimeOffset member (own or inherited). Reachability follows the
/// instance properties and fields of source types, through nullable, array and generic type arguments; another data subject is a
/// boundary (its own members are checked from it); a member reached from several data subjects is reported once per start.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RetentionStartAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property naming the missing start (a RetentionStart name), read by the code fix.</summary>
    public const string StartProperty = "RetentionStart";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.PRIV042);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var types = PrivacyTypes.Create(start.Compilation);
            if (!types.HasAnnotations || types.DataSubject is null)
            {
                return;
            }

            var reader = new AnnotationReader(types, start.Compilation.Assembly);
            var reported = new ConcurrentDictionary<string, bool>();
            start.RegisterSymbolAction(symbolContext => Analyze(symbolContext, reader, reported), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, AnnotationReader reader, ConcurrentDictionary<string, bool> reported)
    {
        var subject = (INamedTypeSymbol)context.Symbol;
        if (reader.FindOwnDataSubject(subject) is null)
        {
            return;
        }

        var subjectStarts = Held(subject);
        var visited = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var queue = new Queue<INamedTypeSymbol>();
        visited.Add(subject);
        queue.Enqueue(subject);
        while (queue.Count > 0)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var type = queue.Dequeue();
            var held = Held(type);
            held.UnionWith(subjectStarts);
            foreach (var member in InstanceMembers(type))
            {
                Follow(member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type, reader, visited, queue);
                if (reader.GetEffectiveAnnotation(member) is not { } annotation
                    || !Iso8601Duration.TryParse(annotation.Retention.Value, out _, out _))
                {
                    continue;
                }

                var starts = new List<RetentionStartValue> { annotation.RetentionFrom.Value };
                if (Iso8601Duration.TryParse(annotation.AlternativeRetention.Value, out _, out _))
                {
                    starts.Add(annotation.AlternativeRetentionFrom.Value);
                }

                foreach (var missing in starts)
                {
                    if (missing == RetentionStartValue.Unspecified || held.Contains(missing) || !reported.TryAdd(member.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "|" + missing.ToString(), true))
                    {
                        continue;
                    }

                    var location = member.Locations.IsEmpty ? null : member.Locations[0];
                    if (location is null || !location.IsInSource)
                    {
                        continue;
                    }

                    var properties = ImmutableDictionary<string, string?>.Empty.Add(StartProperty, missing.ToString());
                    if (CompilationDiagnostics.Create(context.Compilation, RuleDescriptors.PRIV042, location, properties, MemberNames.Of(member), AnnotationReader.RetentionStartWords(missing), missing.ToString()) is { } diagnostic)
                    {
                        context.ReportDiagnostic(diagnostic);
                    }
                }
            }
        }
    }

    /// <summary>The instance properties and fields of the type and its base types declared in source, as the generator reads them.</summary>
    private static IEnumerable<ISymbol> InstanceMembers(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (!member.IsStatic && !member.IsImplicitlyDeclared && member is IPropertySymbol { IsIndexer: false } or IFieldSymbol)
                {
                    yield return member;
                }
            }
        }
    }

    private static void Follow(ITypeSymbol type, AnnotationReader reader, HashSet<ITypeSymbol> visited, Queue<INamedTypeSymbol> queue)
    {
        if (type is IArrayTypeSymbol array)
        {
            Follow(array.ElementType, reader, visited, queue);
            return;
        }

        if (type is not INamedTypeSymbol named)
        {
            return;
        }

        foreach (var argument in named.TypeArguments)
        {
            Follow(argument, reader, visited, queue);
        }

        if (named.Locations.Length > 0 && named.Locations[0].IsInSource && named.TypeKind is TypeKind.Class or TypeKind.Struct && reader.FindDataSubject(named) is null && visited.Add(named))
        {
            queue.Enqueue(named);
        }
    }

    /// <summary>The starts held by [RetentionStartDate] DateTime/DateTimeOffset members (nullable or not) of the type and its bases.</summary>
    private static HashSet<RetentionStartValue> Held(INamedTypeSymbol type)
    {
        var held = new HashSet<RetentionStartValue>();
        foreach (var member in InstanceMembers(type))
        {
            if (IsDate(member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type))
            {
                held.UnionWith(AnnotationReader.ReadRetentionStartDates(member));
            }
        }

        return held;
    }

    /// <summary>Whether a type is DateTime or DateTimeOffset, nullable or not (the types a retention start can be read from).</summary>
    public static bool IsDate(ITypeSymbol type)
    {
        var inner = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;
        return inner.SpecialType == SpecialType.System_DateTime
            || inner.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::System.DateTimeOffset";
    }
}
