namespace PrivacyAnalyzers.Tests.Leaks;

/// <summary>Source shared by the leak-rule tests: an annotated entity and stand-ins for logging libraries.</summary>
internal static class LeakSources
{
    /// <summary>A customer with annotated Email, Phone and Address, and an unannotated Id, Status and Orders count.</summary>
    public const string Customer = """
        using System.Collections.Generic;
        using PrivacyAnalyzers;

        public enum CustomerStatus { Active, Closed }

        public class Address
        {
            public string Street { get; set; } = "";
            public string City { get; set; } = "";
        }

        public class Customer
        {
            public int Id { get; set; }
            [PersonalData(Category = "Contact.Email")] public string Email { get; set; } = "";
            [PersonalData(Category = "Contact.Phone")] public string? Phone { get; set; }
            [PersonalData(Category = "Contact.Address")] public Address Address { get; set; } = new();
            public CustomerStatus Status { get; set; }
            public List<int> OrderIds { get; } = new();
        }
        """;

    /// <summary>Serilog and NLog stand-ins with the libraries' metadata names (the product needs no package reference).</summary>
    public const string LoggingLibraries = """
        namespace Serilog
        {
            public interface ILogger
            {
                void Information(string messageTemplate, params object?[]? propertyValues);
                void Warning(string messageTemplate, params object?[]? propertyValues);
                ILogger ForContext(string propertyName, object? value, bool destructureObjects = false);
            }

            public static class Log
            {
                public static ILogger Logger { get; set; } = null!;
                public static void Information(string messageTemplate, params object?[]? propertyValues) { }
                public static void Error(System.Exception? exception, string messageTemplate, params object?[]? propertyValues) { }
            }
        }

        namespace NLog
        {
            public class Logger
            {
                public void Info(string message, params object?[] args) { }
                public void Warn(string message) { }
            }

            public static class LogManager
            {
                public static Logger GetCurrentClassLogger() => new Logger();
            }
        }
        """;
}
