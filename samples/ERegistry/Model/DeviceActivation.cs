using PrivacyAnalyzers;

namespace ERegistry.Model;

/// <summary>
/// "Activarea produselor": the device and application type, location and unique device, and the application, network
/// and subscription identifiers used to activate software and devices that require activation.
/// </summary>
[DataSubject(
    "Utilizator",
    Purpose = "Activarea produselor: activarea software-ului și a dispozitivelor care necesită activare; securitate și prevenirea fraudelor",
    Source = DataSource.Observed)]
public class DeviceActivation
{
    public int Id { get; set; }

    public int UserAccountId { get; set; }

    [PersonalData("Online.DeviceId", Description = "Tipul dispozitivului")]
    public string DeviceType { get; set; } = "";

    [PersonalData("Online.DeviceId", Description = "Tipul aplicației")]
    public string ApplicationType { get; set; } = "";

    [PersonalData("Online.DeviceId", Description = "Identificatorul unic al dispozitivului")]
    public string UniqueDeviceId { get; set; } = "";

    [PersonalData("Location.Coarse", Description = "Locația dispozitivului la activare")]
    public string? Location { get; set; }

    [PersonalData("Online.DeviceId", Description = "Identificatorul aplicației")]
    public string ApplicationId { get; set; } = "";

    [PersonalData("Online.DeviceId", Description = "Identificatorul de rețea")]
    public string? NetworkId { get; set; }

    [PersonalData("Online.DeviceId", Description = "Identificatorul de abonament")]
    public string SubscriptionId { get; set; } = "";
}
