using System;
using System.Globalization;
using System.Xml;

namespace PrivacyAnalyzers.Export;

/// <summary>
/// Culture-invariant text of the values generated exporters write as text. Dates and times are ISO 8601
/// (round-trip "O" format), durations ISO 8601 (<c>P1DT2H</c>), GUIDs in the 36-character form, byte arrays in base64.
/// The overloads for nullable values return null when there is no value (a writer writes a null string as a null).
/// </summary>
public static class PersonalDataFormat
{
    /// <summary>ISO 8601 round-trip text (<c>2024-05-01T10:30:00.0000000Z</c>; no offset when the kind is unspecified).</summary>
    public static string FromDateTime(DateTime value) => value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 round-trip text with the offset (<c>2024-05-01T10:30:00.0000000+03:00</c>).</summary>
    public static string FromDateTimeOffset(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 duration (<c>P1DT2H30M</c>).</summary>
    public static string FromTimeSpan(TimeSpan value) => XmlConvert.ToString(value);

    /// <summary>The 36-character form (<c>d</c>).</summary>
    public static string FromGuid(Guid value) => value.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>The character as a one-character string.</summary>
    public static string FromChar(char value) => value.ToString();

    /// <summary>Base64 (RFC 4648) of the bytes.</summary>
    public static string FromBytes(byte[] value) => Convert.ToBase64String(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>The invariant-culture text of a formattable value (<c>IPAddress</c>, <c>BigInteger</c>, a user type); null for null.</summary>
    public static string? FromFormattable<T>(T value)
        where T : IFormattable?
        => value?.ToString(null, CultureInfo.InvariantCulture);

    /// <summary>As <see cref="FromDateTime(DateTime)"/>; null when there is no value.</summary>
    public static string? FromDateTime(DateTime? value) => value.HasValue ? FromDateTime(value.GetValueOrDefault()) : null;

    /// <summary>As <see cref="FromDateTimeOffset(DateTimeOffset)"/>; null when there is no value.</summary>
    public static string? FromDateTimeOffset(DateTimeOffset? value) => value.HasValue ? FromDateTimeOffset(value.GetValueOrDefault()) : null;

    /// <summary>As <see cref="FromTimeSpan(TimeSpan)"/>; null when there is no value.</summary>
    public static string? FromTimeSpan(TimeSpan? value) => value.HasValue ? FromTimeSpan(value.GetValueOrDefault()) : null;

    /// <summary>As <see cref="FromGuid(Guid)"/>; null when there is no value.</summary>
    public static string? FromGuid(Guid? value) => value.HasValue ? FromGuid(value.GetValueOrDefault()) : null;

    /// <summary>As <see cref="FromChar(char)"/>; null when there is no value.</summary>
    public static string? FromChar(char? value) => value.HasValue ? FromChar(value.GetValueOrDefault()) : null;

    /// <summary>As <see cref="FromFormattable{T}(T)"/> for a nullable value type (<c>BigInteger?</c>); null when there is no value.</summary>
    public static string? FromFormattable<T>(T? value)
        where T : struct, IFormattable
        => value.HasValue ? value.GetValueOrDefault().ToString(null, CultureInfo.InvariantCulture) : null;

    /// <summary>The text of any value: invariant-culture when it is formattable, otherwise its <c>ToString()</c>.</summary>
    public static string? FromObject<T>(T value) => value switch
    {
        null => null,
        DateTime dateTime => FromDateTime(dateTime),
        DateTimeOffset dateTimeOffset => FromDateTimeOffset(dateTimeOffset),
        TimeSpan timeSpan => FromTimeSpan(timeSpan),
        Guid guid => FromGuid(guid),
        byte[] bytes => FromBytes(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
