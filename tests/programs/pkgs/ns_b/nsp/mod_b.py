from nsp import mod_a

WHO = "mod_b from portion ns_b, sees " + mod_a.WHO
