using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAnalyzers.CodeFixes.Validation;
using PrivacyAnalyzers.Tests.Harness;
using PrivacyAnalyzers.Validation;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>PRIV042: a retention whose start event no member of the type (or of its data subject) holds, and its code fix.</summary>
public sealed class RetentionStartTests
{
    internal static AnalyzerTest Test() => new AnalyzerTest().WithAnalyzer<RetentionStartAnalyzer>();

    [Theory]
    [InlineData("Collection", "collection")]
    [InlineData("LastActivity", "last activity")]
    [InlineData("EndOfContract", "end of contract")]
    [InlineData("ConsentWithdrawal", "consent withdrawal")]
    [InlineData("AccountClosure", "account closure")]
    [InlineData("UnansweredCommunications", "unanswered communications")]
    [InlineData("StatutoryPeriodEnd", "end of the statutory period")]
    public Task A_start_held_by_the_type_is_not_reported_and_one_not_held_is(string start, string words) =>
        Test().WithSource("""
            using System;
            using PrivacyAnalyzers;
            [DataSubject("Member")]
            public class Member
            {
                [PersonalData("Contact.Email", Retention = "P1M", RetentionFrom = RetentionStart.START)] public string? Email { get; set; }
                [RetentionStartDate(RetentionStart.START)] public DateTimeOffset? At { get; set; }
            }
            [DataSubject("Lead")]
            public class Lead
            {
                [PersonalData("Contact.Email", Retention = "P1M", RetentionFrom = RetentionStart.START)] public string? [|Email|] { get; set; }
                [RetentionStartDate(RetentionStart.START)] public string? NotADate { get; set; }
            }
            """.Replace("START", start, StringComparison.Ordinal))
            .WithExpected(new ExpectedDiagnostic("The retention of 'Lead.Email' runs from " + words + ", but neither its type nor the data subject type has a member marked [RetentionStartDate(RetentionStart." + start + ")]; the generated retention schedule cannot tell when it runs out", DiagnosticSeverity.Info))
            .RunAsync();

    [Fact]
    public Task A_start_held_by_the_data_subject_counts_for_a_reachable_type_and_the_alternative_is_checked() =>
        Test().WithSource("""
            using System;
            using System.Collections.Generic;
            using PrivacyAnalyzers;
            [DataSubject("Member")]
            public class Member
            {
                [RetentionStartDate(RetentionStart.LastActivity)] public DateTime LastActivityAt { get; set; }
                [PersonalData("Contact.Address")] public List<Address> Addresses { get; set; } = new();
                public Partner? Partner { get; set; }
            }
            public class Address
            {
                [PersonalData("Contact.Address", Retention = "P2Y", RetentionFrom = RetentionStart.LastActivity,
                    AlternativeRetention = "P5Y", AlternativeRetentionFrom = RetentionStart.EndOfContract)] public string? [|Street|] { get; set; }
            }
            [DataSubject("Partner")]
            public class Partner
            {
                [PersonalData("Contact.Email", Retention = "P2Y", RetentionFrom = RetentionStart.Collection)] public string? [|Email|] { get; set; }
            }
            public class Unreached
            {
                [PersonalData("Contact.Email", Retention = "P2Y", RetentionFrom = RetentionStart.Collection)] public string? Email { get; set; }
            }
            """)
            .WithMessages(
                "The retention of 'Address.Street' runs from end of contract, but neither its type nor the data subject type has a member marked [RetentionStartDate(RetentionStart.EndOfContract)]; the generated retention schedule cannot tell when it runs out",
                "The retention of 'Partner.Email' runs from collection, but neither its type nor the data subject type has a member marked [RetentionStartDate(RetentionStart.Collection)]; the generated retention schedule cannot tell when it runs out")
            .RunAsync();

    [Fact]
    public Task The_fix_marks_the_one_likely_member_and_adds_the_using() =>
        Test().WithCodeFix<RetentionStartCodeFixProvider>()
            .WithSource("""
                namespace Club
                {
                    [PrivacyAnalyzers.DataSubject("Member")]
                    public class Member
                    {
                        [PrivacyAnalyzers.PersonalData("Contact.Email", Retention = "P2Y", RetentionFrom = PrivacyAnalyzers.RetentionStart.LastActivity)]
                        public string? [|Email|] { get; set; }

                        public System.DateTimeOffset? LastLoginUtc { get; set; }

                        public string? LastSeenPage { get; set; }
                    }
                }
                """)
            .ExpectFixed("""
                using PrivacyAnalyzers;

                namespace Club
                {
                    [PrivacyAnalyzers.DataSubject("Member")]
                    public class Member
                    {
                        [PrivacyAnalyzers.PersonalData("Contact.Email", Retention = "P2Y", RetentionFrom = PrivacyAnalyzers.RetentionStart.LastActivity)]
                        public string? Email { get; set; }

                        [RetentionStartDate(RetentionStart.LastActivity)]
                        public System.DateTimeOffset? LastLoginUtc { get; set; }

                        public string? LastSeenPage { get; set; }
                    }
                }
                """)
            .RunAsync();

    [Fact]
    public Task Fix_all_marks_each_holder_once() =>
        Test().WithCodeFix<RetentionStartCodeFixProvider>().WithFixAll(FixAllScope.Document)
            .WithSource("""
                using System;
                using PrivacyAnalyzers;

                [DataSubject("Member")]
                public class Member
                {
                    [PersonalData("Contact.Email", Retention = "P2Y", RetentionFrom = RetentionStart.Collection)] public string? [|Email|] { get; set; }
                    [PersonalData("Contact.Phone", Retention = "P1Y", RetentionFrom = RetentionStart.Collection)] public string? [|Phone|] { get; set; }
                    [PersonalData("Contact.Address", Retention = "P1Y", RetentionFrom = RetentionStart.EndOfContract)] public string? [|Street|] { get; set; }
                    public DateTime CreatedAt { get; set; }
                    public DateTime? ContractEndDate;
                }
                """)
            .ExpectFixed("""
                using System;
                using PrivacyAnalyzers;

                [DataSubject("Member")]
                public class Member
                {
                    [PersonalData("Contact.Email", Retention = "P2Y", RetentionFrom = RetentionStart.Collection)] public string? Email { get; set; }
                    [PersonalData("Contact.Phone", Retention = "P1Y", RetentionFrom = RetentionStart.Collection)] public string? Phone { get; set; }
                    [PersonalData("Contact.Address", Retention = "P1Y", RetentionFrom = RetentionStart.EndOfContract)] public string? Street { get; set; }
                    [RetentionStartDate(RetentionStart.Collection)]
                    public DateTime CreatedAt { get; set; }

                    [RetentionStartDate(RetentionStart.EndOfContract)]
                    public DateTime? ContractEndDate;
                }
                """)
            .RunAsync();

    [Theory]
    [InlineData("")]
    [InlineData("public DateTime LastLoginAt { get; set; } public DateTimeOffset LastSeenAt { get; set; }")]
    public Task No_fix_without_exactly_one_candidate(string members)
    {
        var source = """
            using System;
            using PrivacyAnalyzers;
            [DataSubject("Member")]
            public class Member
            {
                [PersonalData("Contact.Email", Retention = "P2Y", RetentionFrom = RetentionStart.LastActivity)] public string? [|Email|] { get; set; }
                MEMBERS
            }
            """.Replace("MEMBERS", members, StringComparison.Ordinal);
        return Test().WithCodeFix<RetentionStartCodeFixProvider>().WithSource(source).ExpectFixed(source).RunAsync();
    }
}
