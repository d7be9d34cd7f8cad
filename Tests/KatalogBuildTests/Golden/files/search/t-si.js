katalogSearch.add("t-si",{"added":"0_qi1","cluster":"00","flags":"n1e1","ids":"12","motifs":"22312","postings":["02"],"price":"mktDuuy2","words":["sinar"]});
