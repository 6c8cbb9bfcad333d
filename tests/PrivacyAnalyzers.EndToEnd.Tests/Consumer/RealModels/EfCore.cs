using System.Collections.Generic;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers;

// The same shape with the real Entity Framework Core: an entity that keeps a reference to its DbContext, whose DbSets
// enumerate every row of the database.
namespace RealModels.EfCore
{
    public sealed class ShopDbContext : DbContext
    {
        public ShopDbContext(DbContextOptions<ShopDbContext> options)
            : base(options)
        {
        }

        public DbSet<EfMember> Members => Set<EfMember>();

        public DbSet<EfOrder> Orders => Set<EfOrder>();
    }

    [DataSubject("Member")]
    public class EfMember
    {
        public int Id { get; set; }

        [PersonalData("Identity.Name")]
        public string Name { get; set; } = "";

        [PersonalData("Contact.Email")]
        public string Email { get; set; } = "";

        public List<EfOrder> Orders { get; set; } = new List<EfOrder>();

        [NotMapped]
        public ShopDbContext? Db { get; set; }
    }

    public class EfOrder
    {
        public int Id { get; set; }

        [PersonalData("Contact.Address")]
        public string DeliveryAddress { get; set; } = "";

        public int MemberId { get; set; }

        public EfMember? Member { get; set; }
    }
}
