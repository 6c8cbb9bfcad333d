using System.Reflection;
using System.Text.Json;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Tests.AnnotationModel;

/// <summary>
/// The analyzers read attribute arguments by name (they cannot load the annotations assembly): the names in
/// <see cref="AttributeArgumentNames"/> must be the public properties of src/PrivacyAnalyzers.Annotations, all of them.
/// </summary>
public sealed class AttributeArgumentNamesTests
{
    private static IEnumerable<Type> AttributeTypes() =>
        typeof(PersonalDataAttribute).Assembly.GetExportedTypes().Where(t => typeof(Attribute).IsAssignableFrom(t));

    private static string[] PublicProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => p.Name).ToArray();

    private static string[] Constants() =>
        typeof(AttributeArgumentNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

    [Fact]
    public void Every_constant_is_named_after_its_value()
    {
        foreach (var field in typeof(AttributeArgumentNames).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            Assert.Equal(field.Name, field.GetRawConstantValue());
        }
    }

    [Fact]
    public void Every_name_is_a_public_property_of_an_attribute()
    {
        var properties = AttributeTypes().SelectMany(PublicProperties).ToHashSet(StringComparer.Ordinal);
        var unknown = Constants().Where(name => !properties.Contains(name)).ToArray();
        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_public_property_of_every_attribute_is_named()
    {
        var constants = Constants().ToHashSet(StringComparer.Ordinal);
        var missing = AttributeTypes().SelectMany(t => PublicProperties(t).Where(p => !constants.Contains(p)).Select(p => t.Name + "." + p)).ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_controller_details_are_the_properties_of_DataController_in_order() =>
        Assert.Equal(PublicProperties(typeof(DataControllerAttribute)), AttributeArgumentNames.ControllerDetails);
}

/// <summary>
/// The controller's details are read once (the annotation reader hands them, in order, to its caller's factory) and
/// written in four places (the generator's ControllerModel, the runtime's InventoryController, and the inventory JSON
/// both writers produce): every one of them has exactly the fields of <see cref="AttributeArgumentNames.ControllerDetails"/>,
/// in that order.
/// </summary>
public sealed class ControllerDetailsTests
{
    private static readonly string[] Expected = AttributeArgumentNames.ControllerDetails.ToArray();

    // The yes/no details: the controller's statements that every recipient is declared and that no automated decision is made.
    private static bool IsFlag(string name) => name is AttributeArgumentNames.AllRecipientsDeclared or AttributeArgumentNames.NoAutomatedDecisionMaking;

    // The jurisdiction is an enum: the attribute writes it as Jurisdiction.UkGdpr, the reader passes its value, the
    // generator's model and the inventory its name, the runtime the enum.
    private static bool IsJurisdiction(string name) => name == AttributeArgumentNames.Jurisdiction;

    private static object? Value(string name) => IsFlag(name) ? true : IsJurisdiction(name) ? Jurisdiction.UkGdpr : "value of " + name;

    private static string Argument(string name) => IsFlag(name) ? "true" : IsJurisdiction(name) ? "PrivacyAnalyzers.Jurisdiction.UkGdpr" : "\"value of " + name + "\"";

    private static string[] Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(p => p.Name)
            .ToArray();

    [Fact]
    public void The_runtime_type_has_the_same_fields() => Assert.Equal(Expected, Properties(typeof(InventoryController)));

    [Fact]
    public void The_reader_passes_every_detail_in_order()
    {
        var arguments = string.Join(", ", Expected.Skip(1).Select(name => name + " = " + Argument(name)));
        var compilation = PrivacyAnalyzers.Tests.Generator.GeneratorRunner.Compile(new[] { "[assembly: PrivacyAnalyzers.DataController(\"value of Name\", " + arguments + ")]" });
        var read = new AnnotationReader(compilation).ReadController(compilation.Assembly, (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r) => new object?[] { a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, (Jurisdiction)(int)r });
        Assert.Equal(Expected.Select(Value), read!);
    }

    [Fact]
    public void The_generator_model_has_the_same_fields()
    {
        var model = typeof(PrivacyAnalyzers.Generator.Model.ControllerModel);
        Assert.Equal(Expected, Properties(model));
        Assert.Equal(Expected, model.GetConstructors().Single(c => c.GetParameters().Length > 1).GetParameters().Select(p => p.Name![..1].ToUpperInvariant() + p.Name[1..]));
    }

    [Fact]
    public void The_runtime_constructor_takes_every_field_and_the_inventory_json_writes_and_reads_every_field()
    {
        var constructor = typeof(InventoryController).GetConstructors().Single();
        Assert.Equal(Expected, constructor.GetParameters().Select(p => p.Name![..1].ToUpperInvariant() + p.Name[1..]));

        var controller = (InventoryController)constructor.Invoke(Expected.Select(Value).ToArray());
        var json = InventoryJson.ToJson(new PrivacyInventory("Shop", controller, [], [], []));
        using var document = JsonDocument.Parse(json);
        var written = document.RootElement.GetProperty("controller").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(Expected.Select(n => char.ToLowerInvariant(n[0]) + n[1..]), written);

        var read = InventoryJson.Parse(json).Controller!;
        foreach (var name in Expected)
        {
            Assert.Equal(Value(name), typeof(InventoryController).GetProperty(name)!.GetValue(read));
        }
    }
}
