// Each customer's sale lines summed per (day, order), as one row per customer: its id, then one
// JSON array per column (the days, the order ids, each sum asked), all in (day, order) order.
// better-sqlite3 spends about 1 µs on each row it hands to JavaScript however few its values: a
// 5M-line workspace has 2 million such groups but 200,000 customers (decision #182).
//
// The inner query walks sale_lines_customer_groups (customer, day, order) in its order, without a
// sort; its ORDER BY lets the outer grouping take the groups as they come (no temporary B-tree),
// so the n-th values of the arrays belong to the same group. The sums are of integer columns (the
// import stores exact cents and thousandths): their JSON text is exact.

/** The SQL, for the lines matching `where` (over sale_lines' columns) and the sums asked (SQL expressions). */
export function saleGroupArraysSql(where: string, sums: readonly string[]): string {
  const inner = sums.map((sum, i) => `, ${sum} s${i}`).join('');
  const arrays = sums.map((_, i) => `, json_group_array(s${i})`).join('');
  return `SELECT c, json_group_array(d), json_group_array(o)${arrays}
            FROM (SELECT customer_id c, day d, order_key o${inner} FROM sale_lines WHERE ${where}
                   GROUP BY customer_id, day, order_key ORDER BY customer_id, day, order_key)
           GROUP BY c ORDER BY c`;
}
