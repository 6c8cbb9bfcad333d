using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyAnalyzers.Generator.Model;
using PrivacyAnalyzers.Generator.Parsing;

namespace PrivacyAnalyzers.Generator.Emitting;

/// <summary>
/// Emits one [DataSubject] type's exporter: a static class with <c>Export(subject, stream, format, scope)</c> and
/// <c>Write(subject, writer)</c>, and one private walker per type with personal data. Walkers write annotated members
/// only; members in a type with no annotation of their own are followed only to reach annotated data below them.
/// </summary>
internal sealed class ExporterEmitter
{
    private const string Writer = "global::PrivacyAnalyzers.Export.PersonalDataWriter";
    private const string Format = "global::PrivacyAnalyzers.Export.PersonalDataFormat";
    private const string AccessCheck = "writer.IsAccess";
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    private readonly ExporterModel _model;
    private readonly CodeWriter _writer = new();
    private readonly bool[] _hasPortableData;
    private int _locals;

    private ExporterEmitter(ExporterModel model)
    {
        _model = model;
        _hasPortableData = ComputePortable(model);
    }

    public static string Emit(ExporterModel model) => new ExporterEmitter(model).Run();

    private string Run()
    {
        var w = _writer;
        var subjectType = _model.SubjectTypeFullyQualified;
        GeneratedCode.Header(w);
        w.Line("// An exporter reads members marked [Obsolete] as a warning (they still hold personal data); errors are never read.");
        w.Line("#pragma warning disable CS0612, CS0618");
        w.Line();
        if (_model.Namespace is not null)
        {
            w.Open("namespace " + _model.Namespace);
        }

        w.Line("/// <summary>");
        w.Line("/// Exports the personal data of a <see cref=\"" + GeneratedCode.Cref(subjectType) + "\"/> (data subject \"" + GeneratedCode.DocText(_model.SubjectName) + "\") to JSON, CSV or XML, to");
        w.Line("/// answer an access (GDPR Art. 15) or portability (Art. 20) request. Only annotated members are written.");
        w.Line("/// </summary>");
        w.Line(GeneratedCode.Attribute);
        w.Open((_model.IsPublic ? "public" : "internal") + " static partial class " + _model.ClassName);

        w.Line("/// <summary>Writes the personal data of <paramref name=\"subject\"/> to <paramref name=\"stream\"/> (left open).</summary>");
        w.Line("/// <param name=\"subject\">The data subject whose data is exported.</param>");
        w.Line("/// <param name=\"stream\">Where the export is written.</param>");
        w.Line("/// <param name=\"format\">JSON, CSV or XML.</param>");
        w.Line("/// <param name=\"scope\">Access (all personal data) or portability (provided or observed data processed on consent or contract).</param>");
        w.Line("public static void Export" + _model.TypeParameters + "(" + subjectType + " subject, global::System.IO.Stream stream, global::PrivacyAnalyzers.Export.ExportFormat format, global::PrivacyAnalyzers.Export.ExportScope scope)");
        Constraints();
        w.Open();
        // PersonalDataWriter.CreateFor checks the subject, then (Create) the stream.
        w.Open("using (var writer = " + Writer + (_model.SubjectIsReferenceType ? ".CreateFor(subject, " : ".Create(") + "stream, format, scope))");
        w.Line("Write" + _model.TypeParameters + "(subject, writer);");
        w.Close();
        w.Close();
        w.Line();

        w.Line("/// <summary>Writes the personal data of <paramref name=\"subject\"/> with <paramref name=\"writer\"/> (whose scope decides what is written).</summary>");
        w.Line("/// <param name=\"subject\">The data subject whose data is exported.</param>");
        w.Line("/// <param name=\"writer\">The format writer.</param>");
        w.Line("public static void Write" + _model.TypeParameters + "(" + subjectType + " subject, " + Writer + " writer)");
        Constraints();
        w.Open();
        // PersonalDataWriter.StartSubject checks the subject and the writer, starts the subject and enters it.
        w.Line(Writer + ".StartSubject(" + (_model.SubjectIsReferenceType ? "subject, " : string.Empty) + "writer, "
            + SymbolNames.Literal(_model.SubjectName) + ", " + SymbolNames.Literal(_model.SubjectTypeDisplay) + ");");

        w.Line(Walker(_model.RootIndex) + "(writer, subject);");

        w.Line("writer.WriteEndSubject();");
        w.Close();

        for (var i = 0; i < _model.Types.Length; i++)
        {
            EmitWalker(i, _model.Types[i]);
        }

        w.Close();
        if (_model.Namespace is not null)
        {
            w.Close();
        }

        return w.ToString();
    }

    private void EmitWalker(int index, ExportTypeModel type)
    {
        var w = _writer;
        _locals = 0;
        w.Line();
        w.Line("// " + type.DisplayName);
        w.Line("private static void " + Walker(index) + "(" + Writer + " writer, " + type.FullyQualifiedName + " value)");
        Constraints();
        w.Open();
        // Members written only in the access scope share one scope check per run of consecutive members (same order).
        var inAccessBlock = false;
        foreach (var member in type.Members)
        {
            var name = SymbolNames.Literal(member.OutputName);
            var category = SymbolNames.Literal(member.Category);
            var access = member.Cast is null ? "value." + member.AccessName : "((" + member.Cast + ")value)." + member.AccessName;
            var accessOnly = !ContributesPortableData(member);
            if (accessOnly != inAccessBlock)
            {
                if (inAccessBlock)
                {
                    w.Close();
                }
                else
                {
                    w.Open("if (" + AccessCheck + ")");
                }

                inAccessBlock = accessOnly;
            }

            Value(name, category, access, member.Shape, member.IsAnnotated);
        }

        if (inAccessBlock)
        {
            w.Close();
        }

        w.Close();
    }

    /// <summary>Writes a value that may be null (a reference, a Nullable, a default ImmutableArray).</summary>
    private void Value(string name, string category, string expression, ValueShape shape, bool annotated)
    {
        var w = _writer;
        if (shape.IsNullableValue && NullableCall(shape, expression) is { } call)
        {
            w.Line("writer." + call.Method + "(" + name + ", " + category + ", " + call.Argument + ");");
            return;
        }

        if (shape.CanBeNull && shape.IsReferenceType && !shape.IsImmutableArray && shape.Kind is ValueKind.Formattable or ValueKind.Bytes or ValueKind.Object or ValueKind.Collection)
        {
            NullableReference(name, category, expression, shape, annotated);
            return;
        }

        if (shape.IsNullableValue)
        {
            var local = Local("v");
            w.Line("var " + local + " = " + expression + ";");
            w.Open("if (" + local + ".HasValue)");
            NonNull(name, category, local + ".Value", shape, annotated);
            w.Close();
            w.Open("else");
            w.Line("writer.WriteNull(" + name + ", " + category + ");");
            w.Close();
            return;
        }

        if (shape.Kind is ValueKind.String or ValueKind.Other or ValueKind.SubjectLink || !(shape.CanBeNull || shape.IsImmutableArray))
        {
            NonNull(name, category, expression, shape, annotated);
            return;
        }

        var v = Local("v");
        w.Line("var " + v + " = " + expression + ";");
        w.Open("if (" + (shape.IsImmutableArray ? v + ".IsDefault" : v + " is null") + ")");
        w.Line("writer.WriteNull(" + name + ", " + category + ");");
        w.Close();
        w.Open("else");
        NonNull(name, category, v, shape, annotated);
        w.Close();
    }

    /// <summary>
    /// A <c>Nullable&lt;T&gt;</c> scalar written by one call: the writer's nullable overloads (numbers, booleans) or a
    /// nullable formatter that returns null for no value (a writer writes a null string as a null); null for the shapes
    /// that keep the expanded HasValue check (nested objects, pairs).
    /// </summary>
    private static (string Method, string Argument)? NullableCall(ValueShape shape, string e) => shape.Kind switch
    {
        ValueKind.Boolean => ("WriteBoolean", e),
        ValueKind.Signed => ("WriteNumber", "(long?)" + e),
        ValueKind.Unsigned => ("WriteNumber", "(ulong?)" + e),
        ValueKind.Single => ("WriteNumber", "(float?)" + e),
        ValueKind.Double => ("WriteNumber", "(double?)" + e),
        ValueKind.Decimal => ("WriteNumber", "(decimal?)" + e),
        ValueKind.Char => ("WriteString", Format + ".FromChar(" + e + ")"),
        ValueKind.DateTime => ("WriteString", Format + ".FromDateTime(" + e + ")"),
        ValueKind.DateTimeOffset => ("WriteString", Format + ".FromDateTimeOffset(" + e + ")"),
        ValueKind.TimeSpan => ("WriteString", Format + ".FromTimeSpan(" + e + ")"),
        ValueKind.Guid => ("WriteString", Format + ".FromGuid(" + e + ")"),
        ValueKind.Formattable => ("WriteString", Format + ".FromFormattable(" + e + ")"),
        ValueKind.DateOnly => ("WriteString", e + "?.ToString(\"yyyy-MM-dd\", " + Invariant + ")"),
        ValueKind.TimeOnly => ("WriteString", e + "?.ToString(\"HH:mm:ss.FFFFFFF\", " + Invariant + ")"),
        ValueKind.Enum => ("WriteString", e + "?.ToString()"),
        _ => null,
    };

    /// <summary>A reference that may be null, with the runtime's null-writing helpers instead of an expanded null check.</summary>
    private void NullableReference(string name, string category, string expression, ValueShape shape, bool annotated)
    {
        var w = _writer;
        var head = name + ", " + category + ", ";
        switch (shape.Kind)
        {
            case ValueKind.Formattable:
                // FromFormattable returns null for null.
                w.Line("writer.WriteString(" + head + Format + ".FromFormattable(" + expression + "));");
                return;
            case ValueKind.Bytes:
                w.Line("writer.WriteBytes(" + head + expression + ");");
                return;
        }

        var v = IsLocal(expression) ? expression : Local("v");
        if (v != expression)
        {
            w.Line("var " + v + " = " + expression + ";");
        }

        if (shape.Kind == ValueKind.Object)
        {
            w.Open("if (writer.TryStartObjectOrNull(" + head + v + "))");
            w.Line(Walker(shape.TypeIndex) + "(writer, " + v + ");");
            w.Line("writer.EndObject();");
            w.Close();
            return;
        }

        var item = Local("item");
        w.Open("if (writer.TryStartCollectionOrNull(" + head + v + "))");
        w.Open("foreach (var " + item + " in " + v + ")");
        Value("null", category, item, shape.Element!, annotated);
        w.Close();
        w.Line("writer.EndCollection();");
        w.Close();
    }

    /// <summary>A local of this emitter (a foreach variable or a copy): read twice without evaluating anything again.</summary>
    private static bool IsLocal(string expression) => expression.All(c => char.IsLetterOrDigit(c) || c == '_');

    private void NonNull(string name, string category, string e, ValueShape shape, bool annotated)
    {
        var w = _writer;
        var head = name + ", " + category + ", ";
        switch (shape.Kind)
        {
            case ValueKind.String: w.Line("writer.WriteString(" + head + e + ");"); break;
            case ValueKind.Char: w.Line("writer.WriteString(" + head + Format + ".FromChar(" + e + "));"); break;
            case ValueKind.Boolean: w.Line("writer.WriteBoolean(" + head + e + ");"); break;
            case ValueKind.Signed: w.Line("writer.WriteNumber(" + head + "(long)" + e + ");"); break;
            case ValueKind.Unsigned: w.Line("writer.WriteNumber(" + head + "(ulong)" + e + ");"); break;
            case ValueKind.Single: w.Line("writer.WriteNumber(" + head + "(float)" + e + ");"); break;
            case ValueKind.Double: w.Line("writer.WriteNumber(" + head + "(double)" + e + ");"); break;
            case ValueKind.Decimal: w.Line("writer.WriteNumber(" + head + "(decimal)" + e + ");"); break;
            case ValueKind.DateTime: w.Line("writer.WriteString(" + head + Format + ".FromDateTime(" + e + "));"); break;
            case ValueKind.DateTimeOffset: w.Line("writer.WriteString(" + head + Format + ".FromDateTimeOffset(" + e + "));"); break;
            case ValueKind.TimeSpan: w.Line("writer.WriteString(" + head + Format + ".FromTimeSpan(" + e + "));"); break;
            case ValueKind.Guid: w.Line("writer.WriteString(" + head + Format + ".FromGuid(" + e + "));"); break;
            case ValueKind.DateOnly: w.Line("writer.WriteString(" + head + e + ".ToString(\"yyyy-MM-dd\", " + Invariant + "));"); break;
            case ValueKind.TimeOnly: w.Line("writer.WriteString(" + head + e + ".ToString(\"HH:mm:ss.FFFFFFF\", " + Invariant + "));"); break;
            case ValueKind.Enum: w.Line("writer.WriteString(" + head + e + ".ToString());"); break;
            case ValueKind.Bytes: w.Line("writer.WriteString(" + head + Format + ".FromBytes(" + e + "));"); break;
            case ValueKind.Formattable: w.Line("writer.WriteString(" + head + Format + ".FromFormattable(" + e + "));"); break;
            case ValueKind.Other: w.Line("writer.WriteString(" + head + Format + ".FromObject(" + e + "));"); break;
            case ValueKind.Object:
                w.Open("if (writer.TryStartObject(" + head + (shape.IsReferenceType ? e : "null") + "))");
                w.Line(Walker(shape.TypeIndex) + "(writer, " + e + ");");
                w.Line("writer.EndObject();");
                w.Close();
                break;
            case ValueKind.Collection:
                var item = Local("item");
                w.Open("if (writer.TryStartCollection(" + name + ", " + category + "))");
                w.Open("foreach (var " + item + " in " + e + ")");
                Value("null", category, item, shape.Element!, annotated);
                w.Close();
                w.Line("writer.EndCollection();");
                w.Close();
                break;
            case ValueKind.Pair:
                w.Open("if (writer.TryStartObject(" + head + "null))");
                if (annotated || ContainsObject(shape.Key!))
                {
                    Value("\"Key\"", category, e + ".Key", shape.Key!, annotated);
                }

                if (annotated || ContainsObject(shape.Value!))
                {
                    Value("\"Value\"", category, e + ".Value", shape.Value!, annotated);
                }

                w.Line("writer.EndObject();");
                w.Close();
                break;
            case ValueKind.SubjectLink:
                w.Line("writer.WriteDataSubjectLink(" + head + e + ", " + SymbolNames.Literal(shape.Detail) + ");");
                break;
            case ValueKind.Omitted:
                w.Line("writer.WriteOmitted(" + head + "global::PrivacyAnalyzers.Export.OmissionReason." + shape.Omission + ", " + SymbolNames.Literal(shape.Detail) + ");");
                break;
        }
    }

    private string Walker(int index) => "Write" + index.ToString(CultureInfo.InvariantCulture) + _model.TypeParameters;

    private string Local(string prefix) => prefix + (_locals++).ToString(CultureInfo.InvariantCulture);

    private void Constraints()
    {
        foreach (var constraint in _model.Constraints)
        {
            _writer.Line("    " + constraint);
        }
    }

    private bool ContributesPortableData(ExportMemberModel member)
    {
        if (!member.IsPortable)
        {
            return false;
        }

        return (member.IsAnnotated && HasScalarPart(member.Shape)) || ObjectIndexes(member.Shape).Any(i => _hasPortableData[i]);
    }

    /// <summary>Which walked types write something in the portability scope (fixed point over the type graph).</summary>
    private static bool[] ComputePortable(ExporterModel model)
    {
        var result = new bool[model.Types.Length];
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < result.Length; i++)
            {
                if (result[i])
                {
                    continue;
                }

                foreach (var member in model.Types[i].Members)
                {
                    if (member.IsPortable && ((member.IsAnnotated && HasScalarPart(member.Shape)) || ObjectIndexes(member.Shape).Any(index => result[index])))
                    {
                        result[i] = true;
                        changed = true;
                        break;
                    }
                }
            }
        }
        while (changed);
        return result;
    }

    private static bool HasScalarPart(ValueShape shape) => shape.Kind switch
    {
        ValueKind.Object => false,
        ValueKind.Collection => HasScalarPart(shape.Element!),
        ValueKind.Pair => HasScalarPart(shape.Key!) || HasScalarPart(shape.Value!),
        _ => true,
    };

    private static bool ContainsObject(ValueShape shape) => ObjectIndexes(shape).Any();

    private static IEnumerable<int> ObjectIndexes(ValueShape shape) => shape.Kind switch
    {
        ValueKind.Object => new[] { shape.TypeIndex },
        ValueKind.Collection => ObjectIndexes(shape.Element!),
        ValueKind.Pair => ObjectIndexes(shape.Key!).Concat(ObjectIndexes(shape.Value!)),
        _ => Enumerable.Empty<int>(),
    };
}
