WHO = "mod_a from portion ns_a"
