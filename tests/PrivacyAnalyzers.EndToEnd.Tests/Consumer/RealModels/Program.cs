using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;
using PrivacyAnalyzers.Export;

// Builds every shape of the corpus, writes manifest.json (each root: the values its exports must hold and the names of
// the members they must say were withheld), then exports each root in JSON, CSV and XML in both scopes into the folder
// given as the first argument: {root}.{scope}.{format}. An export that throws leaves {file}.error.txt instead of
// stopping the run. The optional second argument is the culture to run under (tr-TR, ro-RO, de-DE…).
// C# 8: no top-level statements, records or target-typed new, so the corpus builds at LangVersion 8.
namespace RealModels
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length < 1)
            {
                Console.Error.WriteLine("usage: Consumer <export folder> [culture]");
                return 2;
            }

            if (args.Length > 1)
            {
                var culture = CultureInfo.GetCultureInfo(args[1]);
                CultureInfo.DefaultThreadCurrentCulture = culture;
                CultureInfo.DefaultThreadCurrentUICulture = culture;
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
            }

            var folder = args[0];
            Directory.CreateDirectory(folder);
            var corpus = new Corpus();
            Shapes.AddAll(corpus);
            corpus.WriteManifest(Path.Combine(folder, "manifest.json"));
            var failures = corpus.ExportAll(folder);
            Console.WriteLine("exports that threw: " + failures.ToString(CultureInfo.InvariantCulture));
            return 0;
        }
    }

    internal delegate void Exporter(Stream stream, ExportFormat format, ExportScope scope);

    internal sealed class Root
    {
        public Root(string id, string subjectType, Exporter export, string[] mustAppear, string[] mustMention)
        {
            Id = id;
            SubjectType = subjectType;
            Export = export;
            MustAppear = mustAppear;
            MustMention = mustMention;
        }

        public string Id { get; }

        public string SubjectType { get; }

        public Exporter Export { get; }

        public string[] MustAppear { get; }

        public string[] MustMention { get; }
    }

    internal sealed class Corpus
    {
        private static readonly ExportFormat[] Formats = { ExportFormat.Json, ExportFormat.Csv, ExportFormat.Xml };
        private static readonly ExportScope[] Scopes = { ExportScope.Access, ExportScope.Portability };

        private readonly List<Root> _roots = new List<Root>();

        public void Add(string id, Type subjectType, Exporter export, string[] mustAppear, string[]? mustMention = null) =>
            _roots.Add(new Root(id, subjectType.FullName ?? subjectType.Name, export, mustAppear, mustMention ?? new string[0]));

        public void WriteManifest(string path)
        {
            using var stream = File.Create(path);
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteStartArray("roots");
            foreach (var root in _roots)
            {
                json.WriteStartObject();
                json.WriteString("id", root.Id);
                json.WriteString("subjectType", root.SubjectType);
                json.WriteStartArray("mustAppear");
                foreach (var value in root.MustAppear)
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
                json.WriteStartArray("mustMention");
                foreach (var value in root.MustMention)
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        public int ExportAll(string folder)
        {
            var failures = 0;
            foreach (var root in _roots)
            {
                foreach (var scope in Scopes)
                {
                    foreach (var format in Formats)
                    {
                        var name = (root.Id + "." + scope + "." + format).ToLowerInvariant();
                        Console.WriteLine("exporting " + name);
                        try
                        {
                            using var file = File.Create(Path.Combine(folder, name));
                            root.Export(file, format, scope);
                        }
#pragma warning disable CA1031 // the run goes on: the tests report every export that threw
                        catch (Exception e)
#pragma warning restore CA1031
                        {
                            failures++;
                            var text = e.GetType().FullName + ": " + e.Message + "\n" + e.StackTrace;
                            File.WriteAllText(Path.Combine(folder, name + ".error.txt"), text.Length > 4000 ? text.Substring(0, 4000) : text);
                            Console.WriteLine("  threw " + e.GetType().FullName + ": " + e.Message);
                        }
                    }
                }
            }

            return failures;
        }

        /// <summary>
        /// The generated Export method whose subject parameter is exactly <paramref name="subjectType"/>, found by
        /// signature: used for the shapes whose exporter class name is what is being fixed (names that collide).
        /// </summary>
        public static Exporter ByReflection(Type subjectType, object subject)
        {
            return (stream, format, scope) =>
            {
                var methods = typeof(Corpus).Assembly.GetTypes()
                    .Where(t => t.Name.EndsWith("PrivacyExporter", StringComparison.Ordinal))
                    .Select(t => t.GetMethod("Export", BindingFlags.Public | BindingFlags.Static, null, new[] { subjectType, typeof(Stream), typeof(ExportFormat), typeof(ExportScope) }, null))
                    .Where(m => m != null)
                    .ToList();
                if (methods.Count != 1)
                {
                    throw new InvalidOperationException(
                        methods.Count + " generated exporters take a " + subjectType.FullName + " (expected exactly one)");
                }

                try
                {
                    methods[0]!.Invoke(null, new object[] { subject, stream, format, scope });
                }
                catch (TargetInvocationException e) when (e.InnerException != null)
                {
                    throw e.InnerException;
                }
            };
        }
    }

    internal static class Shapes
    {
        public static void AddAll(Corpus corpus)
        {
            AddFakeContext(corpus);
            AddEfCoreContext(corpus);
            AddUsersAndRoles(corpus);
            AddReferrals(corpus);
            AddTrees(corpus);
            AddObsolete(corpus);
            AddCollidingNames(corpus);
            AddPrivateNested(corpus);
            AddDiamond(corpus);
            AddHiddenField(corpus);
            AddNewlineInSubjectName(corpus);
#if REALMODELS_LATEST
            AddRecords(corpus);
#endif
            AddLargeOrder(corpus);
            AddReferrerChain(corpus);
            AddRing(corpus);
            AddCommentThread(corpus);
        }

        private static void AddFakeContext(Corpus corpus)
        {
            var context = new Contexts.ShopContext { ConnectionString = "SENTINEL-DBCONTEXT-CONNECTION-STRING" };
            var customer = new Contexts.ShopCustomer { Id = 1, Name = "OWN-CONTEXT-NAME", Email = "OWN-CONTEXT-EMAIL" };
            var order = new Contexts.ShopOrder { Id = 10, DeliveryAddress = "OWN-CONTEXT-ORDER-ADDRESS", Customer = customer };
            customer.Orders.Add(order);
            var other = new Contexts.ShopCustomer { Id = 2, Name = "SENTINEL-DBCONTEXT-OTHER-CUSTOMER-NAME", Email = "SENTINEL-DBCONTEXT-OTHER-CUSTOMER-EMAIL" };
            var otherOrder = new Contexts.ShopOrder { Id = 11, DeliveryAddress = "SENTINEL-DBCONTEXT-OTHER-ORDER-ADDRESS", Customer = other };
            other.Orders.Add(otherOrder);
            context.Customers.Add(customer);
            context.Customers.Add(other);
            context.Orders.Add(order);
            context.Orders.Add(otherOrder);
            foreach (var entity in new Contexts.EntityBase[] { customer, order, other, otherOrder })
            {
                entity.Attach(context);
            }

            corpus.Add("context-fake", typeof(Contexts.ShopCustomer), (s, f, sc) => Contexts.ShopCustomerPrivacyExporter.Export(customer, s, f, sc),
                new[] { "OWN-CONTEXT-NAME", "OWN-CONTEXT-EMAIL", "OWN-CONTEXT-ORDER-ADDRESS" });
        }

        private static void AddEfCoreContext(Corpus corpus)
        {
            var options = new DbContextOptionsBuilder<EfCore.ShopDbContext>().UseInMemoryDatabase("real-models").Options;
            using (var seed = new EfCore.ShopDbContext(options))
            {
                var own = new EfCore.EfMember { Id = 1, Name = "OWN-EFCORE-NAME", Email = "OWN-EFCORE-EMAIL" };
                own.Orders.Add(new EfCore.EfOrder { Id = 1, DeliveryAddress = "OWN-EFCORE-ORDER-ADDRESS" });
                var other = new EfCore.EfMember { Id = 2, Name = "SENTINEL-DBCONTEXT-EFCORE-OTHER-MEMBER-NAME", Email = "SENTINEL-DBCONTEXT-EFCORE-OTHER-MEMBER-EMAIL" };
                other.Orders.Add(new EfCore.EfOrder { Id = 2, DeliveryAddress = "SENTINEL-DBCONTEXT-EFCORE-OTHER-ORDER-ADDRESS" });
                seed.Members.Add(own);
                seed.Members.Add(other);
                seed.SaveChanges();
            }

            // The context stays open for the exports, as it does in a request that loads the member and answers it.
            var context = new EfCore.ShopDbContext(options);
            var member = context.Members.Include(m => m.Orders).Single(m => m.Id == 1);
            member.Db = context;
            corpus.Add("context-efcore", typeof(EfCore.EfMember), (s, f, sc) => EfCore.EfMemberPrivacyExporter.Export(member, s, f, sc),
                new[] { "OWN-EFCORE-NAME", "OWN-EFCORE-EMAIL", "OWN-EFCORE-ORDER-ADDRESS" });
        }

        private static void AddUsersAndRoles(Corpus corpus)
        {
            var user = new Identity.User { Id = 1, UserName = "OWN-USER-NAME", Email = "OWN-USER-EMAIL", PasswordHash = "SENTINEL-CREDENTIAL-PASSWORD-HASH" };
            user.Credentials.TwoFactorSecret = "SENTINEL-CREDENTIAL-2FA-SECRET";
            user.Credentials.RecoveryCodes.Add("SENTINEL-CREDENTIAL-RECOVERY-CODE-1");
            user.Credentials.RecoveryCodes.Add("SENTINEL-CREDENTIAL-RECOVERY-CODE-2");
            var colleague = new Identity.User
            {
                Id = 2,
                UserName = "SENTINEL-OTHER-SUBJECT-ROLE-MEMBER-NAME",
                Email = "SENTINEL-OTHER-SUBJECT-ROLE-MEMBER-EMAIL",
                PasswordHash = "SENTINEL-OTHER-SUBJECT-ROLE-MEMBER-PASSWORD-HASH",
            };
            colleague.Credentials.TwoFactorSecret = "SENTINEL-OTHER-SUBJECT-ROLE-MEMBER-2FA-SECRET";
            var admins = new Identity.Role { Title = "SENTINEL-UNANNOTATED-ROLE-TITLE" };
            var auditors = new Identity.Role { Title = "SENTINEL-UNANNOTATED-ROLE-TITLE-2" };
            user.Roles.Add(new Identity.UserRole { User = user, Role = admins, GrantReason = "OWN-USER-GRANT-REASON-ADMIN" });
            user.Roles.Add(new Identity.UserRole { User = user, Role = auditors, GrantReason = "OWN-USER-GRANT-REASON-AUDIT" });
            colleague.Roles.Add(new Identity.UserRole { User = colleague, Role = admins, GrantReason = "SENTINEL-OTHER-SUBJECT-ROLE-MEMBER-GRANT-REASON" });
            admins.Users.Add(colleague);
            admins.Users.Add(user);
            auditors.Users.Add(user);
            corpus.Add("users-and-roles", typeof(Identity.User), (s, f, sc) => Identity.UserPrivacyExporter.Export(user, s, f, sc),
                new[] { "OWN-USER-NAME", "OWN-USER-EMAIL", "OWN-USER-GRANT-REASON-ADMIN", "OWN-USER-GRANT-REASON-AUDIT" },
                new[] { "PasswordHash", "TwoFactorSecret", "RecoveryCodes" });
        }

        private static void AddReferrals(Corpus corpus)
        {
            var customer = new Referrals.Customer { Name = "OWN-REFERRALS-NAME", Email = "OWN-REFERRALS-EMAIL" };
            customer.Referrer = new Referrals.Customer { Name = "SENTINEL-OTHER-SUBJECT-REFERRER-NAME", Email = "SENTINEL-OTHER-SUBJECT-REFERRER-EMAIL" };
            customer.Spouse = new Referrals.Customer { Name = "SENTINEL-OTHER-SUBJECT-SPOUSE-NAME", Email = "SENTINEL-OTHER-SUBJECT-SPOUSE-EMAIL", Spouse = customer };
            var registry = new Referrals.Registry { Title = "SENTINEL-UNANNOTATED-REGISTRY-TITLE" };
            registry.Everyone.Add(customer);
            registry.Everyone.Add(new Referrals.Customer { Name = "SENTINEL-OTHER-SUBJECT-REGISTRY-NAME-1", Email = "SENTINEL-OTHER-SUBJECT-REGISTRY-EMAIL-1", Registry = registry });
            registry.Everyone.Add(new Referrals.Customer { Name = "SENTINEL-OTHER-SUBJECT-REGISTRY-NAME-2", Email = "SENTINEL-OTHER-SUBJECT-REGISTRY-EMAIL-2", Registry = registry });
            customer.Registry = registry;
            corpus.Add("referrals", typeof(Referrals.Customer), (s, f, sc) => global::RealModels.Referrals.CustomerPrivacyExporter.Export(customer, s, f, sc),
                new[] { "OWN-REFERRALS-NAME", "OWN-REFERRALS-EMAIL" });
        }

        private static void AddTrees(Corpus corpus)
        {
            var interests = new Documents.Node("OWN-TREES-NODE-ROOT")
                .Add(new Documents.Node("OWN-TREES-NODE-CHILD").Add(new Documents.Node("OWN-TREES-NODE-GRANDCHILD")))
                .Add(new Documents.Node("OWN-TREES-NODE-SECOND-CHILD"));

            // What an annotated member of a tree type without annotations is written as (its text, or its items' text)
            // is not settled, so no test asserts on these labels; the shape is here for the generator and the build.
            var tags = new Documents.PlainNode("UNASSERTED-TREES-TAG-ROOT").Add(new Documents.PlainNode("UNASSERTED-TREES-TAG-CHILD"));
            var outline = new Documents.PlainNode("SENTINEL-UNANNOTATED-PLAIN-NODE-ROOT")
                .Add(new Documents.PlainNode("SENTINEL-UNANNOTATED-PLAIN-NODE-CHILD").Add(new Documents.PlainNode("SENTINEL-UNANNOTATED-PLAIN-NODE-GRANDCHILD")));
            using var consent = JsonDocument.Parse("{\"given\":\"OWN-TREES-JSONELEMENT-CONSENT\",\"at\":[2024,5,1]}");
            using var telemetry = JsonDocument.Parse("{\"session\":\"SENTINEL-UNANNOTATED-JSONELEMENT-TELEMETRY\"}");
            var profile = new Documents.Profile
            {
                Name = "OWN-TREES-NAME",
                Interests = interests,
                Tags = tags,
                Outline = outline,
                Extra = JObject.Parse("{\"nickname\":\"OWN-TREES-JOBJECT-NICKNAME\",\"address\":{\"city\":\"OWN-TREES-JOBJECT-NESTED-CITY\"},\"pets\":[\"OWN-TREES-JOBJECT-ARRAY-ITEM\"]}"),
                RawPayload = JObject.Parse("{\"trace\":\"SENTINEL-UNANNOTATED-JOBJECT-TRACE\",\"inner\":{\"x\":\"SENTINEL-UNANNOTATED-JOBJECT-NESTED\"}}"),
                Settings = JsonNode.Parse("{\"theme\":\"OWN-TREES-JSONNODE-THEME\",\"languages\":[\"OWN-TREES-JSONNODE-LANGUAGE\"]}"),
                Cache = JsonNode.Parse("{\"etag\":\"SENTINEL-UNANNOTATED-JSONNODE-ETAG\"}"),
                Consent = consent.RootElement.Clone(),
                Telemetry = telemetry.RootElement.Clone(),
            };
            corpus.Add("trees-and-json", typeof(Documents.Profile), (s, f, sc) => Documents.ProfilePrivacyExporter.Export(profile, s, f, sc),
                new[]
                {
                    "OWN-TREES-NAME", "OWN-TREES-NODE-ROOT", "OWN-TREES-NODE-CHILD", "OWN-TREES-NODE-GRANDCHILD", "OWN-TREES-NODE-SECOND-CHILD",
                    "OWN-TREES-JOBJECT-NICKNAME", "OWN-TREES-JOBJECT-NESTED-CITY", "OWN-TREES-JOBJECT-ARRAY-ITEM",
                    "OWN-TREES-JSONNODE-THEME", "OWN-TREES-JSONNODE-LANGUAGE", "OWN-TREES-JSONELEMENT-CONSENT",
                });
        }

        private static void AddObsolete(Corpus corpus)
        {
            var subscriber = new Legacy.LegacySubscriber { Email = "OWN-LEGACY-EMAIL" };
            corpus.Add("obsolete-members", typeof(Legacy.LegacySubscriber), (s, f, sc) => Legacy.LegacySubscriberPrivacyExporter.Export(subscriber, s, f, sc),
                new[] { "OWN-LEGACY-EMAIL", "OWN-LEGACY-OBSOLETE-WARNING-EMAIL" });
        }

        private static void AddCollidingNames(Corpus corpus)
        {
            var nested = new Shop.Order.Customer { Email = "OWN-NESTED-ORDER-CUSTOMER-EMAIL" };
            corpus.Add("nested-order-customer", typeof(Shop.Order.Customer), Corpus.ByReflection(typeof(Shop.Order.Customer), nested),
                new[] { "OWN-NESTED-ORDER-CUSTOMER-EMAIL" });
            var topLevel = new Shop.OrderCustomer { Email = "OWN-TOP-LEVEL-ORDER-CUSTOMER-EMAIL" };
            corpus.Add("top-level-order-customer", typeof(Shop.OrderCustomer), Corpus.ByReflection(typeof(Shop.OrderCustomer), topLevel),
                new[] { "OWN-TOP-LEVEL-ORDER-CUSTOMER-EMAIL" });
            var upper = new Shop.Customer { Email = "OWN-SHOP-CUSTOMER-EMAIL" };
            corpus.Add("shop-customer", typeof(Shop.Customer), (s, f, sc) => Shop.CustomerPrivacyExporter.Export(upper, s, f, sc),
                new[] { "OWN-SHOP-CUSTOMER-EMAIL" });
            var lower = new shop.customer { email = "OWN-LOWERCASE-SHOP-CUSTOMER-EMAIL" };
            corpus.Add("shop-customer-lowercase", typeof(shop.customer), Corpus.ByReflection(typeof(shop.customer), lower),
                new[] { "OWN-LOWERCASE-SHOP-CUSTOMER-EMAIL" });
            var attendee = new Shop.@event.Attendee { Email = "OWN-EVENT-ATTENDEE-EMAIL" };
            corpus.Add("event-attendee", typeof(Shop.@event.Attendee), (s, f, sc) => Shop.@event.AttendeePrivacyExporter.Export(attendee, s, f, sc),
                new[] { "OWN-EVENT-ATTENDEE-EMAIL" });
        }

        private static void AddPrivateNested(Corpus corpus)
        {
            var account = new Accounts.Account { Email = "OWN-ACCOUNT-EMAIL" };
            corpus.Add("private-nested", typeof(Accounts.Account), (s, f, sc) => Accounts.AccountPrivacyExporter.Export(account, s, f, sc),
                new[] { "OWN-ACCOUNT-EMAIL" });
        }

        private static void AddDiamond(Corpus corpus)
        {
            Diamond.IContact contact = new Diamond.Contact("OWN-DIAMOND-CONTACT-NAME", "OWN-DIAMOND-CONTACT-EMAIL");
            corpus.Add("diamond-subject", typeof(Diamond.IContact), (s, f, sc) => Diamond.IContactPrivacyExporter.Export(contact, s, f, sc),
                new[] { "OWN-DIAMOND-CONTACT-NAME", "OWN-DIAMOND-CONTACT-EMAIL" });
            var member = new Diamond.Member { Email = "OWN-DIAMOND-MEMBER-EMAIL", Display = new Diamond.DisplayName("OWN-DIAMOND-DISPLAY-NAME") };
            corpus.Add("diamond-member", typeof(Diamond.Member), (s, f, sc) => Diamond.MemberPrivacyExporter.Export(member, s, f, sc),
                new[] { "OWN-DIAMOND-MEMBER-EMAIL", "OWN-DIAMOND-DISPLAY-NAME" });
        }

        private static void AddHiddenField(Corpus corpus)
        {
            var person = new Inheritance.Person { FullName = "OWN-HIDDEN-FULL-NAME" };
            ((Inheritance.PersonBase)person).Email = "OWN-HIDDEN-BASE-EMAIL";
            corpus.Add("hidden-field", typeof(Inheritance.Person), (s, f, sc) => Inheritance.PersonPrivacyExporter.Export(person, s, f, sc),
                new[] { "OWN-HIDDEN-FULL-NAME", "OWN-HIDDEN-BASE-EMAIL" });
        }

        private static void AddNewlineInSubjectName(Corpus corpus)
        {
            var prospect = new Prospects.Prospect { Email = "OWN-PROSPECT-EMAIL" };
            corpus.Add("newline-subject-name", typeof(Prospects.Prospect), (s, f, sc) => Prospects.ProspectPrivacyExporter.Export(prospect, s, f, sc),
                new[] { "OWN-PROSPECT-EMAIL" });
        }

#if REALMODELS_LATEST
        private static void AddRecords(Corpus corpus)
        {
            var subscriber = new Latest.Subscriber("OWN-RECORD-EMAIL") { Name = "OWN-RECORD-NAME", InternalMemo = "SENTINEL-UNANNOTATED-RECORD-NOTE" };
            corpus.Add("record-subscriber", typeof(Latest.Subscriber), (s, f, sc) => Latest.SubscriberPrivacyExporter.Export(subscriber, s, f, sc),
                new[] { "OWN-RECORD-EMAIL", "OWN-RECORD-NAME" });
        }
#endif

        private static void AddLargeOrder(Corpus corpus)
        {
            var buyer = new Deep.Buyer
            {
                Email = "OWN-BUYER-EMAIL",
                BirthDate = new DateTime(1990, 12, 31, 23, 59, 58, DateTimeKind.Utc),
                Balance = 1234567.891m,
                Rating = 4.75,
                LastIdentityCheck = new DateTimeOffset(2024, 2, 29, 13, 14, 15, TimeSpan.FromHours(2)),
            };
            var order = new Deep.PurchaseOrder { ShippingAddress = "OWN-BUYER-SHIPPING-ADDRESS" };
            for (var i = 0; i < 10000; i++)
            {
                order.Lines.Add(new Deep.OrderLine { Item = "OWN-LINE-" + i.ToString("D5", CultureInfo.InvariantCulture), Price = 1000.5m + i });
            }

            buyer.Orders.Add(order);
            corpus.Add("order-10000-lines", typeof(Deep.Buyer), (s, f, sc) => Deep.BuyerPrivacyExporter.Export(buyer, s, f, sc),
                new[] { "OWN-BUYER-EMAIL", "OWN-BUYER-SHIPPING-ADDRESS", "OWN-LINE-00000", "OWN-LINE-09999" });
        }

        private static void AddReferrerChain(Corpus corpus)
        {
            var root = new Referrals.Customer { Name = "OWN-CHAIN-ROOT-NAME", Email = "OWN-CHAIN-ROOT-EMAIL" };
            var last = root;
            for (var i = 1; i <= 999; i++)
            {
                var referrer = new Referrals.Customer
                {
                    Name = "SENTINEL-OTHER-SUBJECT-CHAIN-REFERRER-NAME-" + i.ToString(CultureInfo.InvariantCulture),
                    Email = "SENTINEL-OTHER-SUBJECT-CHAIN-REFERRER-EMAIL-" + i.ToString(CultureInfo.InvariantCulture),
                };
                last.Referrer = referrer;
                last = referrer;
            }

            corpus.Add("referrer-chain-999", typeof(Referrals.Customer), (s, f, sc) => global::RealModels.Referrals.CustomerPrivacyExporter.Export(root, s, f, sc),
                new[] { "OWN-CHAIN-ROOT-NAME", "OWN-CHAIN-ROOT-EMAIL" });
        }

        private static void AddRing(Corpus corpus)
        {
            var ring = new Referrals.Customer[2000];
            ring[0] = new Referrals.Customer { Name = "OWN-RING-ROOT-NAME", Email = "OWN-RING-ROOT-EMAIL" };
            for (var i = 1; i < ring.Length; i++)
            {
                ring[i] = new Referrals.Customer
                {
                    Name = "SENTINEL-OTHER-SUBJECT-RING-NAME-" + i.ToString(CultureInfo.InvariantCulture),
                    Email = "SENTINEL-OTHER-SUBJECT-RING-EMAIL-" + i.ToString(CultureInfo.InvariantCulture),
                };
            }

            for (var i = 0; i < ring.Length; i++)
            {
                ring[i].Referrer = ring[(i + 1) % ring.Length];
                ring[i].Spouse = ring[(i + ring.Length - 1) % ring.Length];
            }

            corpus.Add("ring-2000", typeof(Referrals.Customer), (s, f, sc) => global::RealModels.Referrals.CustomerPrivacyExporter.Export(ring[0], s, f, sc),
                new[] { "OWN-RING-ROOT-NAME", "OWN-RING-ROOT-EMAIL" });
        }

        private static void AddCommentThread(Corpus corpus)
        {
            // 5,000 comments, each the reply to the previous one: owned data, deeper than any export should nest.
            // Only the first levels are asserted; how deep the export goes is the exporter's limit.
            var author = new Deep.Author { Name = "OWN-THREAD-AUTHOR-NAME" };
            var first = new Deep.Comment { Text = "OWN-THREAD-COMMENT-0" };
            author.Pinned = first;
            var last = first;
            for (var i = 1; i < 5000; i++)
            {
                var reply = new Deep.Comment
                {
                    Text = i <= 3 ? "OWN-THREAD-COMMENT-" + i.ToString(CultureInfo.InvariantCulture) : "UNASSERTED-THREAD-COMMENT-" + i.ToString(CultureInfo.InvariantCulture),
                };
                last.Reply = reply;
                last = reply;
            }

            corpus.Add("comment-thread-5000", typeof(Deep.Author), (s, f, sc) => Deep.AuthorPrivacyExporter.Export(author, s, f, sc),
                new[] { "OWN-THREAD-AUTHOR-NAME", "OWN-THREAD-COMMENT-0", "OWN-THREAD-COMMENT-1", "OWN-THREAD-COMMENT-2", "OWN-THREAD-COMMENT-3" });
        }
    }
}
