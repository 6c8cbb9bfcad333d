using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Generator.Model;

/// <summary>Where a diagnostic points, without the syntax tree (a Location would keep the whole compilation alive in the cache).</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static LocationInfo? From(Location? location)
    {
        if (location is null || !location.IsInSource)
        {
            return null;
        }

        return new LocationInfo(location.SourceTree!.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
