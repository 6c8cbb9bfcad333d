using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Generator.Model;

/// <summary>A diagnostic the generator reports, as equatable data: the rule id, where, and the message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic()
    {
        var descriptor = GeneratorDiagnostics.Find(Id);
        var arguments = new object[Arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, arguments);
    }
}
